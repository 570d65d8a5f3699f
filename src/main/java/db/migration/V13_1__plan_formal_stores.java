package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Plans the first annual decision of every formal store that exists when V13 adds them. See {@link StorePlans}. */
public class V13_1__plan_formal_stores extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        StorePlans.planFormalStores(context.getConnection());
    }
}
