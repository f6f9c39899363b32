package org.exposurecheck.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.identity.FormKind;
import org.junit.jupiter.api.Test;

class ChainAwarePlannerTest {
    private static final ChainAudit AUDIT = ChainAudit.of(AuditPolicy.DEFAULT, 1.0);
    private static final ChainAwarePlanner PLANNER = new ChainAwarePlanner(AUDIT);

    /** Every value of the record, and every token the pairing rules allow between them. */
    private static RecordShape candidates(RecordShape.Value... values) {
        List<RecordShape.Link> tokens = new ArrayList<>();
        for (int a = 0; a < values.length; a++) {
            tokens.add(RecordShape.Link.of(a));
            for (int b = a + 1; b < values.length; b++) {
                if (PairingRules.mayPair(values[a].kind(), values[b].kind())) {
                    tokens.add(new RecordShape.Link(a, b));
                }
            }
        }
        return new RecordShape(List.of(values), tokens);
    }

    private static String reason(RecordShape shape, PairPlanner.Plan plan, FormKind a, FormKind b) {
        for (int token = 0; token < shape.tokens().size(); token++) {
            if (shape.type(shape.tokens().get(token)).equals(TokenType.of(a, b))) {
                return plan.kept().contains(token) ? "kept" : plan.dropped().get(token).name();
            }
        }
        throw new AssertionError("no such candidate");
    }

    @Test
    void aTypicalRecordShipsTheNameWithThePhoneAndNothingThatChainsToAnotherStrongValue() {
        RecordShape shape = candidates(RecordShape.Value.of(FormKind.NAME), RecordShape.Value.of(FormKind.PHONE),
                RecordShape.Value.of(FormKind.HKID), RecordShape.Value.of(FormKind.DOB), RecordShape.Value.of(FormKind.ADDRESS_BUILDING),
                RecordShape.Value.derived(FormKind.EMAIL, 1_000));
        PairPlanner.Plan plan = PLANNER.plan(shape);
        assertThat(reason(shape, plan, FormKind.NAME, FormKind.PHONE)).isEqualTo("kept");
        assertThat(reason(shape, plan, FormKind.NAME, FormKind.EMAIL)).as("spelled from the name").isEqualTo("ENTRY");
        assertThat(reason(shape, plan, FormKind.NAME, FormKind.DOB)).isEqualTo("ENTRY");
        assertThat(reason(shape, plan, FormKind.NAME, FormKind.HKID)).as("dear alone, but the name is out once name+phone falls")
                .isEqualTo("CHAIN");
        assertThat(AUDIT.audit(shape.keeping(plan.kept())).passes()).isTrue();
        assertThat(plan.kept()).allSatisfy(token -> assertThat(shape.tokens().get(token).isPair()).isTrue());
    }

    @Test
    void aRecordNeverShipsMoreThanOneShapeMayHold() {
        List<RecordShape.Value> values = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            values.add(RecordShape.Value.of(FormKind.PHONE));
            values.add(RecordShape.Value.of(FormKind.HKID));
        }
        RecordShape shape = candidates(values.toArray(RecordShape.Value[]::new));
        PairPlanner.Plan plan = PLANNER.plan(shape);
        RecordShape kept = shape.keeping(plan.kept());
        assertThat(kept.values()).hasSize(RecordShape.MAX_VALUES);
        assertThat(plan.dropped()).contains(PairPlanner.Reason.LIMIT);
        assertThat(AUDIT.audit(kept).passes()).isTrue();
    }

    @Test
    void theSameShapeGetsTheSamePlan() {
        RecordShape shape = candidates(RecordShape.Value.of(FormKind.NAME), RecordShape.Value.of(FormKind.HKID));
        assertThat(PLANNER.plan(shape)).isEqualTo(PLANNER.plan(candidates(RecordShape.Value.of(FormKind.NAME),
                RecordShape.Value.of(FormKind.HKID))));
    }
}
