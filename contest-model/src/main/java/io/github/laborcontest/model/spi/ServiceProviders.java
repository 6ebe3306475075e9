// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.spi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * The {@link ServiceLoader} loop that every plugin registry of contest shares: it loads each
 * provider it can and hands every provider that fails to the caller, so that a registry reports
 * all failures as problems instead of stopping at the first.
 *
 * @since 0.1.0
 */
public final class ServiceProviders {

    private ServiceProviders() {}

    /**
     * The thread's context class loader, or the class loader of {@code owner} if the thread has none.
     *
     * @param owner the registry class whose loader is the fallback
     * @return the class loader to discover providers with
     */
    public static ClassLoader defaultLoader(Class<?> owner) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : owner.getClassLoader();
    }

    /**
     * Loads every provider of a service that can be loaded, in {@link ServiceLoader} order.
     *
     * @param service the service interface
     * @param classLoader where to look for {@code META-INF/services} entries
     * @param onFailure receives each provider that could not be loaded or instantiated
     * @param <S> the service type
     * @return the providers that loaded, unmodifiable
     */
    public static <S> List<S> load(
            Class<S> service, ClassLoader classLoader, Consumer<ServiceConfigurationError> onFailure) {
        List<S> providers = new ArrayList<>();
        Iterator<S> it = ServiceLoader.load(service, classLoader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                providers.add(it.next());
            } catch (ServiceConfigurationError e) {
                onFailure.accept(e);
            }
        }
        return List.copyOf(providers);
    }
}
