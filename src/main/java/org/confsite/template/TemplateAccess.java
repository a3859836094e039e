package org.confsite.template;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;

/**
 * What templates may call on the objects they are given. Templates come with a commit, and the
 * machine that builds it may hold secrets: Freemarker's default policy keeps them from reflection
 * and from starting processes, but leaves the file system, streams and the network open (a
 * {@code Path} in the model leads to {@code getFileSystem().provider().newInputStream(...)}). Here
 * no member of a class of those packages is exposed; the objects still print as text.
 */
final class TemplateAccess implements MemberAccessPolicy {
    /** Packages whose objects templates may show but not use. */
    private static final List<String> CLOSED = List.of("java.io.", "java.nio.", "java.net.", "java.lang.reflect.",
            "java.lang.invoke.", "java.lang.management.", "java.util.concurrent.", "java.security.", "javax.",
            "sun.", "jdk.", "com.sun.", "org.jbake.app.", "freemarker.template.utility.");
    private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private final MemberAccessPolicy standard = DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_33);

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (closed(c)) {
                return NOTHING;
            }
        }
        ClassMemberAccessPolicy base = standard.forClass(type);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                // A method that hands out a closed object (a Path, a File, a stream) is closed too.
                return base.isMethodExposed(method) && !closed(method.getReturnType())
                        && !"getClass".equals(method.getName());
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return base.isFieldExposed(field) && !closed(field.getType());
            }
        };
    }

    private static boolean closed(Class<?> type) {
        if (type == java.io.Serializable.class) {
            return false; // a marker that Strings and records carry too
        }
        String name = type.getName();
        return type == ClassLoader.class || type == Thread.class || type == Runtime.class || type == System.class
                || type == ProcessBuilder.class || type == Process.class || type == Class.class
                || CLOSED.stream().anyMatch(name::startsWith);
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return standard.isToStringAlwaysExposed();
    }
}
