package org.schemashift.apply;

import java.util.Properties;

/**
 * Where to apply: a JDBC URL, a user and a password. The password goes to the driver as a
 * property only; {@link #toString()} leaves it out so no log line or message can carry it.
 */
public final class ConnectionSettings {
    private final String url;
    private final String user;
    private final char[] password;

    /** {@code user} and {@code password} may be null (URL parameters, trust or peer authentication). */
    public ConnectionSettings(String url, String user, char[] password) {
        this.url = url;
        this.user = user;
        this.password = password == null ? null : password.clone();
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    Properties driverProperties() {
        Properties properties = new Properties();
        if (user != null) properties.setProperty("user", user);
        if (password != null) properties.setProperty("password", new String(password));
        return properties;
    }

    @Override
    public String toString() {
        return url + (user == null ? "" : " as " + user);
    }
}
