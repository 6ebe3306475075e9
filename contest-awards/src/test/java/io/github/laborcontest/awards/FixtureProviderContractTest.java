// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.awards.fixtures.FixtureAwardRuleProvider;
import io.github.laborcontest.awards.spi.AwardRuleProvider;

/** The plugin contract, run against the test fixture provider. */
class FixtureProviderContractTest implements AwardRuleProviderContract {
    @Override
    public AwardRuleProvider provider() {
        return new FixtureAwardRuleProvider();
    }
}
