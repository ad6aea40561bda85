package kz.medcert.archfixture.clean.adapters.http.zeta;

/** An HTTP feature that uses no other (httpFeaturesAreFreeOfCycles holds). */
public final class ZetaRoutes {
    public String path() {
        return "/zeta";
    }
}
