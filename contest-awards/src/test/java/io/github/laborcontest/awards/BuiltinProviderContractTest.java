// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.awards.internal.BuiltinAwardProvider;
import io.github.laborcontest.awards.spi.AwardRuleProvider;

/** The plugin contract, run against the built-in provider. */
class BuiltinProviderContractTest implements AwardRuleProviderContract {
    @Override
    public AwardRuleProvider provider() {
        return new BuiltinAwardProvider();
    }

    @Override
    public boolean withBuiltins() {
        return false;
    }
}
