package kz.medcert.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/** Which state registries are asked, by category (P9, P24; R62–R69). */
class StateRegistryTest {

    @Test
    void askedFor_domestic_includesEmploymentAndTheIdentity_R67_R71() {
        // when / then
        assertThat(StateRegistry.askedFor(Category.DOMESTIC)).containsExactly(StateRegistry.EDUCATION,
                StateRegistry.CERTIFICATES, StateRegistry.NAME_CHANGES, StateRegistry.ASSESSMENTS,
                StateRegistry.EMPLOYMENT, StateRegistry.PROHIBITIONS, StateRegistry.IDENTITY);
    }

    @Test
    void askedFor_foreign_includesIdentityButNotEmployment_R69() {
        // when / then
        assertThat(StateRegistry.askedFor(Category.FOREIGN)).containsExactly(StateRegistry.EDUCATION,
                StateRegistry.CERTIFICATES, StateRegistry.NAME_CHANGES, StateRegistry.ASSESSMENTS,
                StateRegistry.PROHIBITIONS, StateRegistry.IDENTITY);
    }

    @Test
    void askedFor_bothCategories_includeProhibitions_R68() {
        // when / then
        assertThat(StateRegistry.askedFor(Category.DOMESTIC)).contains(StateRegistry.PROHIBITIONS);
        assertThat(StateRegistry.askedFor(Category.FOREIGN)).contains(StateRegistry.PROHIBITIONS);
    }

    @Test
    void everyRegistry_citesTheRuleItServes() {
        // when / then
        assertThat(StateRegistry.EDUCATION.rules()).containsExactly(Rule.R62, Rule.R63);
        assertThat(StateRegistry.EMPLOYMENT.rules()).containsExactly(Rule.R67);
        assertThat(StateRegistry.PROHIBITIONS.rules()).containsExactly(Rule.R68);
        assertThat(StateRegistry.IDENTITY.rules()).containsExactly(Rule.R69, Rule.R71, Rule.R03);
        assertThat(StateRegistry.values()).allSatisfy(registry -> assertThat(registry.rules()).isNotEmpty());
    }
}
