package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.housing.testing.ApportionmentMethodContract;

class DhondtContractTest extends ApportionmentMethodContract {
    @Override
    protected ApportionmentMethod method() {
        return StandardApportionmentMethod.DHONDT;
    }
}
