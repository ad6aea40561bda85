package kz.medcert.adapters.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/** JSON paths ({@code education[0].graduationDate}) and type expectations in client words, never Java names. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of the value the error is about; empty for the root. */
    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == BigInteger.class) {
            return "must be an integer";
        }
        if (Number.class.isAssignableFrom(target) || target == BigDecimal.class || target.isPrimitive()) {
            return "must be a number";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }
}
