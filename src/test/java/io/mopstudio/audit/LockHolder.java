package io.mopstudio.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Run in a child JVM by {@link AuditStoreOpenTest}: opens an audit file the way a foreign tool
 * would (plain embedded H2, no AUTO_SERVER), which locks it, says "holding", and waits.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        Path base = Path.of(args[0]);
        Properties credentials = new Properties();
        try (Reader in = Files.newBufferedReader(base.resolveSibling("audit-admin.properties"))) {
            credentials.load(in);
        }
        try (Connection ignored = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(),
                credentials.getProperty("admin.user"), credentials.getProperty("admin.password"))) {
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
