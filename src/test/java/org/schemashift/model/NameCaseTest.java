package org.schemashift.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which source names are one object: the key each dialect's rules give a name. */
class NameCaseTest {

    @Test
    void oracleUnquotedNamesAreOneObjectAndQuotedOnesKeepTheirCase() {
        // the Oracle reader stores ORDERS, orders and Orders unquoted as ORDERS; "orders" quoted as orders
        assertThat(NameCase.UPPER_CANONICAL.key(ObjectName.of("ORDERS"))).isEqualTo("orders");
        assertThat(NameCase.UPPER_CANONICAL.key(ObjectName.of("orders"))).isNotEqualTo("orders");
        assertThat(NameCase.UPPER_CANONICAL.key(ObjectName.of("Orders")))
                .isNotEqualTo(NameCase.UPPER_CANONICAL.key(ObjectName.of("orders")));
        assertThat(NameCase.UPPER_CANONICAL.key(new ObjectName("HR", "EMP"))).isEqualTo("hr.emp");
    }

    @Test
    void aCaseSensitiveSourceKeepsNamesDifferingInCaseApart() {
        assertThat(NameCase.SENSITIVE.key(ObjectName.of("User"))).isNotEqualTo(NameCase.SENSITIVE.key(ObjectName.of("user")));
        assertThat(NameCase.SENSITIVE.key(ObjectName.of("user"))).isEqualTo("user");
    }

    @Test
    void aCaseInsensitiveSourceMakesThemOne() {
        assertThat(NameCase.INSENSITIVE.key(new ObjectName("Sales", "Orders"))).isEqualTo(NameCase.INSENSITIVE.key(new ObjectName("sales", "ORDERS")))
                .isEqualTo(new ObjectName("SALES", "orders").key());
    }
}
