package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keeps the next checkpoint of every store on trial, and makes every store whose category has fee
 * terms due for an evaluation, which issues its statements and stores its exact plan. See {@link StorePlans}.
 */
public class V14_1__plan_fee_statements extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        StorePlans.planFeeStatements(context.getConnection());
    }
}
