package io.mopstudio.providers.http;

import io.mopstudio.providers.PrimitiveException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS that trusts exactly the certificates of a PEM file an environment names (an internal CA),
 * instead of the JDK's public CAs. Verification stays on: host names are still checked, and a
 * server whose certificate does not chain to the file is refused.
 */
final class TrustedCertificates {

    private TrustedCertificates() {
    }

    static SSLContext from(Path pemFile) throws PrimitiveException {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new PrimitiveException("http.request: ca_file " + pemFile + " holds no certificate");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new PrimitiveException("http.request: cannot read ca_file " + pemFile + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new PrimitiveException("http.request: ca_file " + pemFile + " is not a PEM certificate file: "
                    + e.getMessage());
        }
    }
}
