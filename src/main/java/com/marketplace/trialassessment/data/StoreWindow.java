package com.marketplace.trialassessment.data;

import java.util.Objects;

import com.marketplace.trialassessment.rules.FactsWindow;

/** The facts of one store over one window of the rules are wanted. */
public record StoreWindow(long storeId, FactsWindow window) {

    public StoreWindow {
        Objects.requireNonNull(window, "window");
    }
}
