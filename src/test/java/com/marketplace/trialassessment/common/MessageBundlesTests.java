package com.marketplace.trialassessment.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.validation.Constraint;

/**
 * The two message bundles hold the same texts, and every text the code can answer with: each
 * module's codes ({@link MessageCode} enums), the names of the error statuses, the codes Spring MVC
 * looks up for its own problems, and the messages of every Bean Validation constraint the code
 * uses. A code added without its texts, or a text left behind by a code taken away, fails here.
 */
class MessageBundlesTests {

    static final Map<String, String> ENGLISH = bundle("messages.properties");
    static final Map<String, String> CHINESE = bundle("messages_zh_CN.properties");

    /** A MessageFormat argument: {@code {0}}, {@code {1}}. */
    static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    /** What a text says of a value beyond the arguments: Bean Validation's {@code {value}} and {@code ${...}}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}|\\{[a-z]+}|\\{\\d+}");

    /**
     * Spring MVC's own exceptions that never reach {@code ResponseEntityExceptionHandler}'s message
     * lookup here: the advice answers them itself (with texts of our codes), or the service never
     * raises them.
     */
    static final Set<Class<?>> NOT_LOOKED_UP = Set.of(
            // answered by ApiExceptionHandler with its own texts
            MethodArgumentNotValidException.class, HandlerMethodValidationException.class,
            TypeMismatchException.class, HttpMessageNotReadableException.class,
            MissingServletRequestParameterException.class,
            // no controller binds headers, cookies, matrix variables or request attributes, nor has params conditions
            ServletRequestBindingException.class,
            // unknown paths meet the static resources' handler (NoResourceFoundException) first
            NoHandlerFoundException.class,
            // no handler is asynchronous; an unusable async request gets no answer at all
            AsyncRequestTimeoutException.class, AsyncRequestNotUsableException.class,
            // the service throws none; a subclass would have codes of its own
            ErrorResponseException.class);

    static Map<String, String> bundle(String name) {
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The application's classes (not the tests'), read once. */
    static final List<Class<?>> APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.marketplace.trialassessment").stream()
            .<Class<?>>map(JavaClass::reflect).toList();

    static List<Class<?>> applicationClasses() {
        return APPLICATION;
    }

    /** Every code of every module's {@link MessageCode} enum. */
    static Set<String> moduleCodes() {
        Set<String> codes = new TreeSet<>();
        for (Class<?> type : applicationClasses()) {
            if (type.isEnum() && MessageCode.class.isAssignableFrom(type)) {
                for (Object constant : type.getEnumConstants()) {
                    codes.add(((MessageCode) constant).code());
                }
            }
        }
        return codes;
    }

    static Set<String> statusCodes() {
        return Arrays.stream(HttpStatus.values()).filter(HttpStatus::isError)
                .map(status -> CommonMessages.status(status).code()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The {@code {key}} messages of the Bean Validation constraints on the application's fields, record components and parameters. */
    static Set<String> constraintCodes() {
        Set<String> codes = new TreeSet<>();
        for (Class<?> type : applicationClasses()) {
            List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
            List<AnnotatedType> types = new ArrayList<>();
            Arrays.stream(type.getDeclaredFields()).forEach(field -> types.add(field.getAnnotatedType()));
            for (Executable executable : Stream.concat(Arrays.stream(type.getDeclaredMethods()),
                    Arrays.stream(type.getDeclaredConstructors())).toList()) {
                elements.add(executable);
                for (Parameter parameter : executable.getParameters()) {
                    elements.add(parameter);
                    types.add(parameter.getAnnotatedType());
                }
            }
            elements.forEach(element -> Arrays.stream(element.getAnnotations()).forEach(a -> constraintCode(a, codes)));
            types.forEach(annotated -> typeUseCodes(annotated, codes));
        }
        return codes;
    }

    /** {@code List<@NotNull TargetInput>}: constraints on the type arguments. */
    static void typeUseCodes(AnnotatedType type, Set<String> codes) {
        Arrays.stream(type.getAnnotations()).forEach(a -> constraintCode(a, codes));
        if (type instanceof AnnotatedParameterizedType parameterized) {
            Arrays.stream(parameterized.getAnnotatedActualTypeArguments()).forEach(t -> typeUseCodes(t, codes));
        }
        else if (type instanceof AnnotatedArrayType array) {
            typeUseCodes(array.getAnnotatedGenericComponentType(), codes);
        }
    }

    static void constraintCode(Annotation annotation, Set<String> codes) {
        if (!annotation.annotationType().isAnnotationPresent(Constraint.class)) {
            return;
        }
        try {
            String message = (String) annotation.annotationType().getMethod("message").invoke(annotation);
            Matcher key = Pattern.compile("^\\{([^}]+)}$").matcher(message);
            assertThat(key.matches()).as("message of %s is a code of the bundles, not a text", annotation).isTrue();
            codes.add(key.group(1));
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The detail and title codes ResponseEntityExceptionHandler looks up for the exceptions it handles here. */
    static Set<String> springCodes() throws NoSuchMethodException {
        Method handleException = ResponseEntityExceptionHandler.class.getMethod("handleException", Exception.class,
                WebRequest.class);
        Set<String> codes = new TreeSet<>();
        for (Class<? extends Throwable> exception : handleException.getAnnotation(ExceptionHandler.class).value()) {
            if (!NOT_LOOKED_UP.contains(exception)) {
                codes.add(ErrorResponse.getDefaultDetailMessageCode(exception, null));
                codes.add(ErrorResponse.getDefaultTitleMessageCode(exception));
            }
        }
        // the subclass Spring MVC raises for a controller's parameter, looked up by its own class
        codes.add(ErrorResponse.getDefaultDetailMessageCode(MethodArgumentConversionNotSupportedException.class, null));
        codes.add(ErrorResponse.getDefaultTitleMessageCode(MethodArgumentConversionNotSupportedException.class));
        // a header that does not parse (the advice answers an Accept that does not parse itself, but keeps the code)
        codes.add(ErrorResponse.getDefaultDetailMessageCode(HttpMediaTypeNotSupportedException.class, "parseError"));
        codes.add(ErrorResponse.getDefaultDetailMessageCode(HttpMediaTypeNotAcceptableException.class, "parseError"));
        return codes;
    }

    @Test
    void bothBundlesHoldTheSameKeysNoneEmpty() {
        assertThat(CHINESE.keySet()).containsExactlyElementsOf(ENGLISH.keySet());
        assertThat(ENGLISH).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(CHINESE).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void holdEveryCodeTheCodeUsesAndNoOther() throws NoSuchMethodException {
        Set<String> used = new TreeSet<>();
        used.addAll(moduleCodes());
        used.addAll(statusCodes());
        used.addAll(constraintCodes());
        used.addAll(springCodes());

        assertThat(moduleCodes()).as("codes of the modules' enums").isNotEmpty().contains(
                "store.notFound", "data.bulk.storeId", "security.tokenRequired", "idempotency.keyReused");
        assertThat(constraintCodes()).as("constraint messages").contains("jakarta.validation.constraints.NotNull.message",
                "category.code.pattern", "org.hibernate.validator.constraints.time.DurationMin.message");
        assertThat(ENGLISH.keySet()).as("keys of messages.properties").containsExactlyInAnyOrderElementsOf(used);
        assertThat(CHINESE.keySet()).as("keys of messages_zh_CN.properties").containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void chineseTextsAreChineseAndSayWhatTheEnglishSays() {
        CHINESE.forEach((key, text) -> {
            assertThat(text).as(key).containsPattern("\\p{IsHan}");
            assertThat(placeholders(text)).as("arguments and placeholders of %s", key)
                    .isEqualTo(placeholders(ENGLISH.get(key)));
        });
    }

    /** With arguments a text is a MessageFormat pattern: it parses, and an apostrophe is doubled; without, it is taken as written. */
    @Test
    void apostrophesAreWrittenAsMessageFormatReadsThem() {
        Stream.of(ENGLISH, CHINESE).forEach(bundle -> bundle.forEach((key, text) -> {
            if (ARGUMENT.matcher(text).find()) {
                new MessageFormat(text);
                assertThat(text.replace("''", "")).as("%s: a single apostrophe would be dropped", key)
                        .doesNotContain("'");
            }
            else if (!text.contains("${")) {
                assertThat(text).as("%s: no arguments, so '' would be shown as it is", key).doesNotContain("''");
            }
        }));
    }

    @Test
    void theEnglishOfBeanValidationIsHibernateValidatorsOwn() {
        Map<String, String> hibernate = bundle("org/hibernate/validator/ValidationMessages.properties");
        Set<String> constraints = ENGLISH.keySet().stream()
                .filter(key -> key.startsWith("jakarta.validation.") || key.startsWith("org.hibernate.validator."))
                .collect(Collectors.toSet());

        assertThat(constraints).isNotEmpty();
        constraints.forEach(key -> assertThat(ENGLISH.get(key)).as(key).isEqualTo(hibernate.get(key)));
    }

    @Test
    void theEnglishNameOfAStatusIsItsReasonPhrase() {
        for (HttpStatus status : HttpStatus.values()) {
            if (status.isError()) {
                HttpStatus named = HttpStatus.resolve(status.value());
                assertThat(ENGLISH.get(CommonMessages.status(status).code())).isEqualTo(named.getReasonPhrase());
            }
        }
    }

    /** Spring's own detail arguments: {@code ConversionNotSupportedException} is one it builds itself. */
    @Test
    void spellsSpringsDetailsAsSpringDoes() {
        assertThat(new MessageFormat(ENGLISH.get(ErrorResponse.getDefaultDetailMessageCode(
                ConversionNotSupportedException.class, null))).format(new Object[] {"page", "x"}))
                .isEqualTo("Failed to convert 'page' with value: 'x'");
        assertThat(new MessageFormat(ENGLISH.get("problemDetail.org.springframework.web.HttpRequestMethodNotSupportedException"))
                .format(new Object[] {"DELETE", Set.of()})).isEqualTo("Method 'DELETE' is not supported.");
    }

    static List<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> m.group().startsWith("$") ? "${}" : m.group()).sorted()
                .toList();
    }
}
