package io.mopstudio.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of JDBC in the one form both H2 and PostgreSQL's driver accept
 * ({@link OffsetDateTime}; PostgreSQL's refuses {@link Instant}).
 */
final class SqlTime {

    /** SQLSTATE of a unique or primary key violation, the same in H2 and PostgreSQL. */
    static final String DUPLICATE_KEY_STATE = "23505";

    private SqlTime() {
    }

    static OffsetDateTime of(Instant instant) {
        return OffsetDateTime.ofInstant(ChainHash.storedTime(instant), ZoneOffset.UTC);
    }

    static Instant read(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
