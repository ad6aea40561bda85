package kz.medcert.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R71: the regions and their departments are reference data, one row for each region code. */
class RegionsTest {

    @Test
    void r71_everyRegionHasItsNamesAndItsDepartment_inKazakhRussianAndEnglish() {
        List<Regions.Entry> all = Regions.all();

        assertThat(all).extracting(Regions.Entry::region).containsExactlyInAnyOrder(Region.values());
        assertThat(all).allSatisfy(entry -> {
            assertThat(List.of(entry.name().kk(), entry.name().ru(), entry.name().en())).doesNotContain("")
                    .doesNotHaveDuplicates();
            assertThat(entry.region().localizedName()).isEqualTo(entry.name());
            assertThat(Department.of(entry.region()).localizedName()).isEqualTo(entry.department());
            assertThat(entry.department().ru()).contains("Комитета медицинского и фармацевтического контроля");
        });
        assertThat(new HashSet<>(all.stream().map(e -> e.department().kk()).toList())).hasSize(all.size());
    }

    @Test
    void r71_theNamesAreTheOnesTheCertificatesCarry() {
        assertThat(Region.ALMATY_CITY.localizedName().ru()).isEqualTo("город Алматы");
        assertThat(Department.of(Region.ATYRAU).localizedName().kk())
                .isEqualTo("Атырау облысы бойынша Медициналық және фармацевтикалық бақылау комитетінің аумақтық "
                        + "департаменті");
        assertThat(Arrays.stream(Region.values()).map(Region::localizedName)).doesNotContainNull();
    }
}
