package kz.medcert.adapters.signature;

import java.lang.reflect.InvocationTargetException;
import java.security.Provider;
import java.security.Security;

/**
 * Registers a JCA provider at start-up, by its class name, for the algorithms the JDK lacks: the GOST 34.310-2004
 * signatures and GOST 34.311-95 digests of the Kazakh PKI (NCA RK). The verifier looks every algorithm up through the
 * JCA by the names and object identifiers in the signature and certificates, so a provider that implements them
 * (e.g. the NCA's Kalkan provider, whose jar is put on the class path) is used without further code. It is added
 * after the JDK's own providers, which keep answering for RSA and ECDSA.
 */
public final class JcaProviders {

    private JcaProviders() {
    }

    /**
     * Loads, instantiates and adds the provider; one of the same name already added is kept.
     *
     * @return the provider's name
     * @throws IllegalArgumentException when the class is missing, is no {@link Provider}, or cannot be instantiated
     */
    public static String install(String className) {
        Provider provider;
        try {
            Class<?> type = Class.forName(className.strip());
            if (!Provider.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(className + " is no java.security.Provider");
            }
            provider = (Provider) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("the JCA provider class " + className + " is not on the class path", e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalArgumentException("the JCA provider " + className + " cannot be instantiated: " + e, e);
        }
        if (Security.getProvider(provider.getName()) == null) {
            Security.addProvider(provider);
        }
        return provider.getName();
    }
}
