/**
 * Dublin responsibility: which Member State examines an application for international protection, under Dublin III
 * (Regulation (EU) No 604/2013, applications registered before 1 July 2026) or the Asylum and Migration Management
 * Regulation (Regulation (EU) 2024/1351, applications registered from 1 July 2026), and every time limit of the
 * take-charge, take-back and transfer procedures counted under Dublin III art. 42.
 *
 * <p>Start with {@link io.github.migratiekit.eurules.dublin.Dublin#determine(DublinCase)} and {@link
 * io.github.migratiekit.eurules.dublin.DublinTimeline}. Every result carries an explanation that lists each criterion
 * tried, in legal order, with its article.
 */
@NullMarked
package io.github.migratiekit.eurules.dublin;

import org.jspecify.annotations.NullMarked;
