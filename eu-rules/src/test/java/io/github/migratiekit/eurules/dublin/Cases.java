package io.github.migratiekit.eurules.dublin;

import static io.github.migratiekit.eurules.dublin.MemberState.NL;

import java.time.LocalDate;

/** Short-hands for example tests. */
final class Cases {
    private Cases() {}

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** An adult Syrian applicant who applied in NL on the given day. */
    static DublinCase.Builder adultInNl(String registeredOn) {
        return DublinCase.builder(Applicant.of(d("1990-05-01"), "SY", false), Application.of(NL, d(registeredOn)));
    }

    /** An adult applicant who applied in the given State. */
    static DublinCase.Builder adultIn(MemberState state, String registeredOn) {
        return DublinCase.builder(Applicant.of(d("1990-05-01"), "AF", false), Application.of(state, d(registeredOn)));
    }

    /** An unaccompanied minor (born 2010-01-01) who applied in the given State. */
    static DublinCase.Builder unaccompaniedMinorIn(MemberState state, String registeredOn) {
        return DublinCase.builder(Applicant.of(d("2010-01-01"), "ER", true), Application.of(state, d(registeredOn)));
    }

    static FamilyMember member(FamilyMember.Relation rel, MemberState st, FamilyMember.Status status, String since) {
        return FamilyMember.of(rel, st, status, d(since));
    }
}
