package kz.medcert.adapters.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import kz.medcert.domain.reference.Message;

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

    static Message expected(Class<?> target) {
        if (target == null) {
            return HttpText.WRONG_TYPE.message();
        }
        if (target == Boolean.class || target == boolean.class) {
            return HttpText.MUST_BE_BOOLEAN.message();
        }
        if (target == String.class) {
            return HttpText.MUST_BE_STRING.message();
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == BigInteger.class) {
            return HttpText.MUST_BE_INTEGER.message();
        }
        if (Number.class.isAssignableFrom(target) || target == BigDecimal.class || target.isPrimitive()) {
            return HttpText.MUST_BE_NUMBER.message();
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return HttpText.MUST_BE_ARRAY.message();
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return HttpText.MUST_BE_OBJECT.message();
        }
        return HttpText.WRONG_TYPE.message();
    }
}
