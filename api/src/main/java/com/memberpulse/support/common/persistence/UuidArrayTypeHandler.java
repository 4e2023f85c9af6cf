package com.memberpulse.support.common.persistence;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;
import org.jspecify.annotations.Nullable;

/**
 * The one way UUID lists cross to PostgreSQL: bound as a typed {@code uuid[]} (no text arrays cast in SQL), read back
 * as a {@code List<UUID>}. MyBatis' own array handler knows no UUID element type. It binds a collection or an array
 * of UUIDs or of their text, which is why its Java type is {@code Object}: a parameter's type is not checked before
 * binding, and a typed handler would fail on an array. Registered (the package is scanned) for {@code List} only,
 * as it was when typed {@code List<UUID>}: never for {@code Object}, which would capture every parameter. Use it from
 * plain JDBC with {@link #bind}.
 */
@MappedTypes(List.class)
public class UuidArrayTypeHandler extends BaseTypeHandler<Object> {

    /** Binds {@code ids} (a collection or an array of UUIDs or their text) as a {@code uuid[]} parameter. */
    public static void bind(PreparedStatement statement, int index, Object ids) throws SQLException {
        Stream<?> elements = ids instanceof Collection<?> collection ? collection.stream() : Arrays.stream((Object[]) ids);
        Object[] uuids = elements.map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toArray();
        statement.setArray(index, statement.getConnection().createArrayOf("uuid", uuids));
    }

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, Object ids, @Nullable JdbcType jdbcType) throws SQLException {
        bind(statement, index, ids);
    }

    @Override
    public @Nullable List<UUID> getNullableResult(ResultSet resultSet, String column) throws SQLException {
        return list(resultSet.getArray(column));
    }

    @Override
    public @Nullable List<UUID> getNullableResult(ResultSet resultSet, int index) throws SQLException {
        return list(resultSet.getArray(index));
    }

    @Override
    public @Nullable List<UUID> getNullableResult(CallableStatement statement, int index) throws SQLException {
        return list(statement.getArray(index));
    }

    private static @Nullable List<UUID> list(@Nullable Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        try {
            return Arrays.stream((Object[]) array.getArray()).map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
        } finally {
            array.free();
        }
    }
}
