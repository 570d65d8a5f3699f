package com.marketplace.trialassessment.common;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link ProblemReportValve} in place of Tomcat's HTML error report on the host. Runs after
 * Spring Boot's own Tomcat customizer, which adds a plain {@code ErrorReportValve} of its own
 * (with {@code server.error.include-stacktrace: never}); every such valve is taken out, and the
 * host is told that its error report valve is ours, so it adds no other when it starts.
 */
@Component
class ContainerErrorReport implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final JsonMapper json;
    private final ProblemLanguage language;

    ContainerErrorReport(JsonMapper json, ProblemLanguage language) {
        this.json = json;
        this.language = language;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemReportValve(json, language));
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
