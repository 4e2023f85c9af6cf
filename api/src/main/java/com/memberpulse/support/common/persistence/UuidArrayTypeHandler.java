package com.memberpulse.support.common.persistence;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** PostgreSQL {@code uuid[]} as a list of UUIDs: MyBatis' array handler knows no UUID element type. */
public class UuidArrayTypeHandler extends BaseTypeHandler<List<UUID>> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, List<UUID> value, JdbcType jdbcType) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("uuid", value.toArray()));
    }

    @Override
    public List<UUID> getNullableResult(ResultSet resultSet, String column) throws SQLException {
        return list(resultSet.getArray(column));
    }

    @Override
    public List<UUID> getNullableResult(ResultSet resultSet, int index) throws SQLException {
        return list(resultSet.getArray(index));
    }

    @Override
    public List<UUID> getNullableResult(CallableStatement statement, int index) throws SQLException {
        return list(statement.getArray(index));
    }

    private static List<UUID> list(Array array) throws SQLException {
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
