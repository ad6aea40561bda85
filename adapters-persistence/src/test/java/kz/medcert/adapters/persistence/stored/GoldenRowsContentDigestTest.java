package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R17: the content a stored request's signature covers never changes under it. Every golden row of every format reads
 * into a request whose signed content has the digest it had when the row was written (pinned here, as computed by the
 * build of format 6, before the form's statements were signed; the rows new to format 7 by the build that wrote
 * them), and a submitted one's is the digest its signature was checked against.
 */
class GoldenRowsContentDigestTest {
    private static final Map<String, String> DIGEST_AS_WRITTEN = Map.ofEntries(
            Map.entry("accepted-before-actors-and-regions",
                    "80949437d5625ed455fa81eb15fde6a26db3d3e18899e04a66518f94328b2d71"),
            Map.entry("accepted-education-answered-late",
                    "18904759612e15275e6f56d3b304a38d3a3aa7085270b51346d5636ceecd5eb5"),
            Map.entry("accepted-eligible", "80949437d5625ed455fa81eb15fde6a26db3d3e18899e04a66518f94328b2d71"),
            Map.entry("accepted-eligible-review-note",
                    "d725a2cac9e7c73797c5592c273e0554d06c7cf622ed911e949264ad66231fc7"),
            Map.entry("accepted-foreign-identity-not-held",
                    "ea2ad99afa813d2744f64e51dce13d554c80f90a86a4346dc4d9e53240136e2c"),
            Map.entry("accepted-refusal", "30795ea7de7030b2635b0fd4375804f5758fdbebfb64f3b8f1a91d0c83227c69"),
            Map.entry("awaiting-consent", "d6196db9e4d7b28bf7fd84d835997445e8956df55e27f94406735aa27852a40b"),
            Map.entry("awaiting-documents-consent-declined",
                    "2b107caf3240be9a364e6258f1639bc72da4ed150a8094878e11ef47fee7d46c"),
            Map.entry("awaiting-documents-education-unavailable",
                    "357b923e9a26fa3fd7e2c55cbb781dcbfe4200d23582bdf6a8ee2b28aea091b5"),
            Map.entry("awaiting-registries-fetch-failed",
                    "5e5480cd9afbf81039581a91438c357c4d98a94bcf537c4592f4e7e6ebe48d56"),
            Map.entry("issued-automatically-foreign",
                    "b5d72bf45c261b0a9196c1847148542251c44b812bfcec20e87f95b9b26a2191"),
            Map.entry("issued-before-decisions", "b508620a7e3311eac16d1e42be7e6a7f0bdabfea608ef6f3bea6f9bb3f3eb1f3"),
            Map.entry("issued-by-officer", "b050c41969c5b87c141dc686824665bdd12ae7a54623f8ddaeda1c0d7352a5e4"),
            Map.entry("issued-by-officer-foreign", "b508620a7e3311eac16d1e42be7e6a7f0bdabfea608ef6f3bea6f9bb3f3eb1f3"),
            Map.entry("issued-with-override-and-level",
                    "5a9c3afde782a917d2de38ef2e0a1de71f1586d2b232d777226efbcdbb6624e6"),
            Map.entry("refusal-proposed-objected", "4392c17a12f448096bd842f55eee3a35396509ba4b56041cdda969f5a9f66c95"),
            Map.entry("refused", "dfc26f6386c7a98ad5fe67ab4b28909d91948890fe2014a0946b97c0a28a0558"),
            Map.entry("refused-in-kazakh", "bb2279eaf26952c94575d99988bd5cd342eb470082548ed963b7c36484f42a4e"),
            Map.entry("refused-unreliable-upload", "35c4732a6ec5e571f07d55a5da81a64d4b94389e3bc739ba63661a85e0f5936e"),
            // format 7: with the form's statements (R92, R93)
            Map.entry("accepted-signed-a1-statements",
                    "1434407ad17c34402be2b155a129d2373854d7ed63395babfcd4678012ab6699"),
            Map.entry("issued-foreign-signed-a5-statement",
                    "9831d24d5ac4fc75e74e51b0a3b109ac7fbd7ab88f6c8028a0647fb8168ccf15"));

    static Stream<Arguments> everyGoldenRow() {
        return IntStream.rangeClosed(1, RequestStateJson.FORMAT).boxed()
                .flatMap(format -> GoldenRows.names(format).stream().map(name -> Arguments.of(format, name)));
    }

    @ParameterizedTest(name = "format {0}: {1}")
    @MethodSource("everyGoldenRow")
    void aStoredRequest_hasTheContentDigestItHadWhenWritten_R17(int format, String name) {
        GoldenRows.Row row = GoldenRows.read(format, name);
        RequestState state = RequestStateJson.read(row.state(), row.format(), 1);

        String digest = CertificationRequest.restore(state).contentDigest();

        assertThat(digest).as("content digest of golden row %s of format %d", name, format)
                .isEqualTo(DIGEST_AS_WRITTEN.get(name));
        state.submission().ifPresent(signed -> assertThat(digest).as("the digest %s's signature covers", name)
                .isEqualTo(signed.contentDigest()));
    }
}
