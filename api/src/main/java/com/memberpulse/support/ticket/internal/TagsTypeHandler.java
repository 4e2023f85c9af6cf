package com.memberpulse.support.ticket.internal;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's tags, a {@code List<String>}, as a PostgreSQL {@code text[]}. Outside the package MyBatis scans for handlers:
 * named where it is used, never registered for a Java type (that would capture other collections).
 */
public class TagsTypeHandler extends BaseTypeHandler<Collection<String>> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, Collection<String> values, @Nullable JdbcType jdbcType)
            throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("text", values.toArray()));
    }

    @Override
    public @Nullable List<String> getNullableResult(ResultSet resultSet, String column) throws SQLException {
        return list(resultSet.getArray(column));
    }

    @Override
    public @Nullable List<String> getNullableResult(ResultSet resultSet, int index) throws SQLException {
        return list(resultSet.getArray(index));
    }

    @Override
    public @Nullable List<String> getNullableResult(CallableStatement statement, int index) throws SQLException {
        return list(statement.getArray(index));
    }

    private static @Nullable List<String> list(@Nullable Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        try {
            return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
        } finally {
            array.free();
        }
    }
}
