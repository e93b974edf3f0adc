package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.housing.testing.ApportionmentMethodContract;

class HamiltonContractTest extends ApportionmentMethodContract {
    @Override
    protected ApportionmentMethod method() {
        return StandardApportionmentMethod.HAMILTON;
    }
}
