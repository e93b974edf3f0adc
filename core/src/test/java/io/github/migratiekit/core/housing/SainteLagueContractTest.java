package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.housing.testing.ApportionmentMethodContract;

class SainteLagueContractTest extends ApportionmentMethodContract {
    @Override
    protected ApportionmentMethod method() {
        return StandardApportionmentMethod.SAINTE_LAGUE;
    }
}
