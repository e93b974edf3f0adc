package io.github.migratiekit.core.legal.testing;

import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Verification;
import java.time.LocalDate;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** QuickTheories generators for legal sources and explanations; published in core's test-jar. */
public final class LegalGenerators {
    private LegalGenerators() {}

    private static final String[] INSTRUMENTS = {
        "Algemene termijnenwet", "Algemene wet bestuursrecht", "Vreemdelingenwet 2000", "Regulation (EU) No 604/2013"
    };

    /**
     * Legal sources with or without a version date and note.
     *
     * @return the generator
     */
    public static Gen<LegalSource> legalSources() {
        Gen<String> instrument = SourceDSL.arbitrary().pick(INSTRUMENTS);
        Gen<String> article = SourceDSL.integers().between(1, 120).map(i -> i == 1 ? "" : "art. " + i);
        Gen<Optional<LocalDate>> version = SourceDSL.integers()
                .between(-1, 20000)
                .map(i -> i < 0 ? Optional.<LocalDate>empty() : Optional.of(LocalDate.ofEpochDay(i)));
        Gen<String> note = SourceDSL.integers().between(0, 3).map(i -> i == 0 ? "uncertain: verify" : "");
        Gen<Verification> status = SourceDSL.arbitrary().enumValues(Verification.class);
        return instrument
                .zip(article, version, note, (i, a, v, n) -> new LegalSource(i, a, "BWB" + a.length(), v, n))
                .zip(status, LegalSource::withVerification);
    }

    /**
     * Explanations of 0 to 6 steps, some with a source, some warning steps.
     *
     * @return the generator
     */
    public static Gen<Explanation> explanations() {
        Gen<ExplanationStep> step = SourceDSL.strings()
                .basicLatinAlphabet()
                .ofLengthBetween(1, 40)
                .zip(
                        legalSources(),
                        SourceDSL.integers().between(0, 2),
                        (t, s, k) -> k == 0
                                ? ExplanationStep.of("step " + t, s)
                                : k == 1
                                        ? ExplanationStep.fact("fact " + t)
                                        : ExplanationStep.warning("atw-decree-days-unknown", "warning " + t, s));
        return SourceDSL.lists().of(step).ofSizeBetween(0, 6).map(Explanation::of);
    }
}
