package io.github.migratiekit.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.procedure.ProcedureEvent.ApplicationLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.DecisionPeriodSuspended;
import io.github.migratiekit.core.procedure.testing.ProcedureGenerators;
import io.github.migratiekit.core.time.SuspensionGround;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The shared-array lists behind terms' suspensions and extensions, against plain copied lists. */
class AppendListTest {

    @Test
    void appendingToAnyEarlierListLeavesEveryListAsItWas() {
        qt().withExamples(ProcedureGenerators.examples(300))
                .forAll(Generate.intArrays(Generate.range(0, 60), Generate.range(0, 1000)))
                .checkAssert(ops -> {
                    List<List<Integer>> lists = new ArrayList<>();
                    List<List<Integer>> oracle = new ArrayList<>();
                    lists.add(AppendList.copyOf(List.of()));
                    oracle.add(List.of());
                    for (int i = 0; i < ops.length; i++) {
                        int from = ops[i] % lists.size(); // often not the newest: branches share the array
                        lists.add(AppendList.append(lists.get(from), i));
                        List<Integer> o = new ArrayList<>(oracle.get(from));
                        o.add(i);
                        oracle.add(List.copyOf(o));
                    }
                    for (int i = 0; i < lists.size(); i++) {
                        assertThat(lists.get(i)).isEqualTo(oracle.get(i));
                        assertThat(lists.get(i).hashCode())
                                .isEqualTo(oracle.get(i).hashCode());
                    }
                });
    }

    @Test
    void itIsImmutableAndChecksItsIndex() {
        List<String> l = AppendList.append(AppendList.copyOf(List.of("a")), "b");
        assertThat(l).containsExactly("a", "b");
        assertThatThrownBy(() -> l.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> l.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> AppendList.copyOf(java.util.Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void statesBranchedFromOneStateOnSeveralThreadsStayIndependent() throws Exception {
        LocalDate lodged = LocalDate.of(2026, 1, 12);
        ProcedureState base = Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(lodged)));
        for (int i = 0; i < 5; i++) {
            base = base.apply(new DecisionPeriodSuspended(
                    lodged.plusDays(1 + i), lodged.plusDays(1 + i), SuspensionGround.APPLICANT_DELAY));
        }
        ProcedureState start = base;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ProcedureState>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int length = t;
                futures.add(pool.submit(() -> {
                    ProcedureState s = start;
                    for (int k = 0; k < 50; k++) {
                        LocalDate day = lodged.plusDays(10 + k);
                        s = s.apply(new DecisionPeriodSuspended(
                                day, day.plusDays(length), SuspensionGround.APPLICANT_DELAY));
                    }
                    return s;
                }));
            }
            for (int t = 0; t < 8; t++) {
                ProcedureState s = futures.get(t).get();
                RunningTerm decision = s.terms().get(0);
                assertThat(decision.suspensions()).hasSize(55);
                for (int k = 0; k < 50; k++) {
                    assertThat(decision.suspensions().get(5 + k).end()).isEqualTo(lodged.plusDays(10 + k + t));
                }
            }
            assertThat(start.terms().get(0).suspensions()).hasSize(5);
        } finally {
            pool.shutdown();
        }
    }
}
