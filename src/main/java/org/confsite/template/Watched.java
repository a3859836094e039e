package org.confsite.template;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A template value whose use is noticed: the page being rendered on this thread is marked as
 * having read it (in one of two slots). The values made from other pages (the index of pages,
 * which changes only when a page comes or goes; the news and sitemap lists and the newest
 * post's date, which change with any page's fields) are given to templates this way, so that a
 * {@code serve} rebuild knows which pages may show something of another page and must be
 * rendered again, and which depend only on themselves.
 */
final class Watched {
    private static final ThreadLocal<boolean[]> READ = new ThreadLocal<>();

    private Watched() {
    }

    /** The same value, as the same kinds of template model, marking the current page when used. */
    static TemplateModel wrap(Object value, ObjectWrapper wrapper, int slot) throws TemplateModelException {
        TemplateModel model = wrapper.wrap(value);
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = model.getClass(); c != null; c = c.getSuperclass()) {
            interfaces.addAll(Set.of(c.getInterfaces()));
        }
        return (TemplateModel) Proxy.newProxyInstance(Watched.class.getClassLoader(), interfaces.toArray(Class<?>[]::new),
                (proxy, method, args) -> {
                    boolean[] read = READ.get();
                    if (read != null) {
                        read[slot] = true;
                    }
                    try {
                        return method.invoke(model, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Starts watching for the page about to be rendered on this thread. */
    static boolean[] watch() {
        boolean[] read = new boolean[2];
        READ.set(read);
        return read;
    }

    static void stop() {
        READ.remove();
    }
}
