package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.housing.testing.ApportionmentMethodContract;

class RoundContractTest extends ApportionmentMethodContract {
    @Override
    protected ApportionmentMethod method() {
        return StandardApportionmentMethod.ROUND;
    }
}
