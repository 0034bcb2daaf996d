package org.govforms.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, as its build wrote it, for the User-Agent. */
final class SdkVersion {

    static final String VALUE = read();

    private SdkVersion() {
    }

    private static String read() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("/org/govforms/client/sdk.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
