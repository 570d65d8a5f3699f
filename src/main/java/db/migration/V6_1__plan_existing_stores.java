package db.migration;

import com.marketplace.trialassessment.rules.LifePlan;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Plans the next decision of every store that exists when V6 adds the plan, with the rules themselves
 * ({@link LifePlan}), so that no SQL works out what comes next. See {@link StorePlans}.
 */
public class V6_1__plan_existing_stores extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        StorePlans.planEveryStore(context.getConnection());
    }
}
