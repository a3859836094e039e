package org.confsite.template;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.ext.util.WrapperTemplateModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jbake.model.DocumentModel;

/**
 * A template value whose use is noticed: the page being rendered on this thread is marked as
 * having read it. The values made from other pages are given to templates this way, so that a
 * {@code serve} rebuild knows which pages may show something of another page and must be
 * rendered again, and which depend only on themselves. Two kinds:
 * <ul>
 * <li>the index of pages, which changes only when a page comes or goes ({@link Reads#index});
 * <li>the lists made from pages (news, sitemap, tags, the newest post's date), which change with
 *     other pages' fields ({@link Reads#lists}). Of the pages in these lists, the reading of a
 *     few fields is noted one by one ({@code tracked}: the text of a post, which the lists of
 *     posts do not show), so that an edit of one post's text renders again only the pages that
 *     show that text (the feed), not every list of posts. A page handed whole to a method, or
 *     whose fields are enumerated, counts as read entirely ({@link #ALL}).
 * </ul>
 */
final class Watched {
    /** In {@link Reads#fields}: the page read whole, every field. */
    static final String ALL = "*";

    private static final ThreadLocal<Reads> READ = new ThreadLocal<>();

    /** What the page rendered on this thread read of the watched values. */
    static final class Reads {
        boolean index;
        boolean lists;
        /** Of the tracked fields of the pages in the lists, those read; or {@link #ALL}. */
        final Set<String> fields = new HashSet<>();

        private void note(String field) {
            lists = true;
            fields.add(field);
        }
    }

    private Watched() {
    }

    /** The index of pages, as the same kinds of template model, marking the current page when used. */
    static TemplateModel wrapIndex(Object value, ObjectWrapper wrapper) throws TemplateModelException {
        return noticed(wrapper.wrap(value), r -> r.index = true);
    }

    /**
     * The wrapper of the lists made from pages: as {@code plain} (built from {@code settings}), but
     * the pages in them note the reading of their {@code tracked} fields. One per configuration.
     */
    static ObjectWrapper tracking(DefaultObjectWrapperBuilder settings, ObjectWrapper plain, Set<String> tracked) {
        return new Tracking(settings, plain, tracked);
    }

    /**
     * A list made from pages (or a value made from one), marking the current page when used.
     *
     * @param tracking the configuration's {@link #tracking} wrapper
     */
    static TemplateModel wrapList(Object value, ObjectWrapper tracking) throws TemplateModelException {
        return noticed(tracking.wrap(value), r -> r.lists = true);
    }

    private static TemplateModel noticed(TemplateModel model, java.util.function.Consumer<Reads> mark) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = model.getClass(); c != null; c = c.getSuperclass()) {
            interfaces.addAll(Set.of(c.getInterfaces()));
        }
        return (TemplateModel) Proxy.newProxyInstance(Watched.class.getClassLoader(), interfaces.toArray(Class<?>[]::new),
                (proxy, method, args) -> {
                    Reads read = READ.get();
                    if (read != null) {
                        mark.accept(read);
                    }
                    try {
                        return method.invoke(model, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Starts watching for the page about to be rendered on this thread. */
    static Reads watch() {
        Reads read = new Reads();
        READ.set(read);
        return read;
    }

    static void stop() {
        READ.remove();
    }

    private static void note(String field) {
        Reads read = READ.get();
        if (read != null) {
            read.note(field);
        }
    }

    /** Wraps as the configuration's wrapper does, but each page of a list as a {@link TrackedPage}. */
    private static final class Tracking extends DefaultObjectWrapper {
        private final ObjectWrapper plain;
        private final Set<String> tracked;

        Tracking(DefaultObjectWrapperBuilder settings, ObjectWrapper plain, Set<String> tracked) {
            super(settings, true);
            this.plain = plain;
            this.tracked = tracked;
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof DocumentModel doc) {
                return new TrackedPage(doc, (TemplateHashModelEx2) plain.wrap(doc), tracked);
            }
            return super.wrap(obj);
        }
    }

    /**
     * A page in a list: its fields as the plain wrapper gives them (a field's value is not tracked
     * further: its whole value counts in what the rebuild compares), the reading of a tracked one
     * noted.
     */
    private record TrackedPage(DocumentModel doc, TemplateHashModelEx2 fields, Set<String> tracked)
            implements TemplateHashModelEx2, AdapterTemplateModel, WrapperTemplateModel {
        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            if (tracked.contains(key)) {
                note(key);
            }
            return fields.get(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return fields.isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return fields.size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            note(ALL);
            return fields.keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            note(ALL);
            return fields.values();
        }

        @Override
        public KeyValuePairIterator keyValuePairIterator() throws TemplateModelException {
            note(ALL);
            return fields.keyValuePairIterator();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            note(ALL);
            return doc;
        }

        @Override
        public Object getWrappedObject() {
            note(ALL);
            return doc;
        }
    }
}
