package com.kt.eventmarketing.common.jdbc;

import java.lang.reflect.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A batch of rows passed to PostgreSQL as one array per column, for a statement that unnests them
 * ({@code INSERT … SELECT … FROM unnest(?::uuid[], ?::text[], …)}): one statement and one round trip for the
 * whole batch instead of one per row. Each column is an SQL element type and what each row gives for it; the
 * columns are bound in the order they are added, as parameters 1, 2, ….
 *
 * <pre>{@code
 * ArrayColumns.of(entries)
 *         .add("uuid", Entry::id)
 *         .add("text", e -> cipher.encrypt(e.phone(), PHONE_CONTEXT))
 *         .add("timestamp", e -> Timestamp.from(e.at()))
 *         .bind(statement);
 * }</pre>
 */
public final class ArrayColumns<T> {

    // the Java arrays the driver is given (it encodes each kind its own way); other types go as Object[]
    private static final Map<String, Class<?>> ELEMENTS =
            Map.of("text", String.class, "timestamp", Timestamp.class, "bool", Boolean.class);

    private final List<T> rows;
    private final List<String> types = new ArrayList<>();
    private final List<Object[]> columns = new ArrayList<>();

    private ArrayColumns(List<T> rows) {
        this.rows = rows;
    }

    public static <T> ArrayColumns<T> of(List<T> rows) {
        return new ArrayColumns<>(rows);
    }

    /** A column of the given SQL element type ({@code uuid}, {@code text}, …): each row's value, nulls allowed. */
    public ArrayColumns<T> add(String type, Function<? super T, ?> value) {
        Object[] column = (Object[]) Array.newInstance(ELEMENTS.getOrDefault(type, Object.class), rows.size());
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i));
        }
        types.add(type);
        columns.add(column);
        return this;
    }

    /** Binds the columns as the statement's parameters 1 to n, in the order they were added. */
    public void bind(PreparedStatement statement) throws SQLException {
        Connection connection = statement.getConnection();
        for (int i = 0; i < columns.size(); i++) {
            statement.setArray(i + 1, connection.createArrayOf(types.get(i), columns.get(i)));
        }
    }
}
