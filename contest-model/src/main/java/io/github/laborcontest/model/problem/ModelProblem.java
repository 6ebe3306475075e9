// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.problem;

/**
 * The problem codes of contest-model: malformed documents, broken constraints, invalid plans,
 * indicator sets and workflow moves, and plugin registry conflicts.
 *
 * @since 0.1.0
 */
public enum ModelProblem implements ProblemCode {
    /** The document is not well-formed JSON or YAML; args: detail, line, column. */
    MALFORMED("json.malformed"),
    /** The document is larger than the reader accepts; args: size, limit. */
    TOO_LARGE("json.too-large"),
    /** The document is nested deeper than the reader accepts; args: limit. */
    TOO_DEEP("json.too-deep"),
    /** A value has the wrong JSON type; args: expected type, actual value. */
    WRONG_TYPE("json.wrong-type"),
    /** A required field is absent or null; args: field. */
    MISSING_FIELD("json.missing-field"),
    /** A field the type does not know; args: field, known fields. */
    UNKNOWN_FIELD("json.unknown-field"),
    /** A code outside the allowed set; args: value, allowed values. */
    UNKNOWN_CODE("json.unknown-code"),
    /** A number that is not finite or outside the accepted magnitude; args: value. */
    BAD_NUMBER("json.bad-number"),
    /** A value the type refused on construction; args: detail. */
    INVALID_VALUE("value.invalid"),
    /** A text that must not be blank is blank; args: field. */
    BLANK("value.blank"),
    /** An id or code is blank ({@code IdRule}); args: field. */
    ID_BLANK("id.blank"),
    /** An id or code is too long ({@code IdRule}); args: field, length, limit. */
    ID_TOO_LONG("id.too-long"),
    /** An id or code holds a control character or line separator ({@code IdRule}); args: field, code point, position. */
    ID_CONTROL_CHARACTER("id.control-character"),
    /** An id or code holds a format character such as a bidi override ({@code IdRule}); args: field, code point, position. */
    ID_FORMAT_CHARACTER("id.format-character"),
    /** An id or code holds an unpaired surrogate ({@code IdRule}); args: field, code point, position. */
    ID_UNPAIRED_SURROGATE("id.unpaired-surrogate"),
    /** An id or code starts or ends with white space ({@code IdRule}); args: field. */
    ID_SURROUNDING_SPACE("id.surrounding-space"),
    /** An id or code is not in Unicode NFC ({@code IdRule}); args: field. */
    ID_NOT_NFC("id.not-nfc"),
    /** A number below its minimum; args: value, minimum. */
    TOO_SMALL("value.too-small"),
    /** A number above its maximum; args: value, maximum. */
    TOO_BIG("value.too-big"),
    /** A list with too few or too many elements; args: size, min, max. */
    BAD_SIZE("value.bad-size"),
    /** A constraint without a more specific code failed; args: constraint, detail. */
    CONSTRAINT("value.constraint"),
    /** One of the seven required elements of a plan is missing; args: element (zh), element (en). */
    PLAN_ELEMENT_MISSING("plan.element-missing"),
    /** The end date lies before the start date; args: start, end. */
    END_BEFORE_START("plan.end-before-start"),
    /** Two elements share an id that must be unique; args: id. */
    DUPLICATE_ID("model.duplicate-id"),
    /** A reference to something that does not exist; args: kind, id. */
    UNKNOWN_REFERENCE("model.unknown-reference"),
    /** A participant lacks an attribute its kind requires; args: kind, attribute. */
    PARTICIPANT_ATTRIBUTE_MISSING("participant.attribute-missing"),
    /** A competition lacks something its scope or kind requires; args: detail. */
    COMPETITION_INCONSISTENT("competition.inconsistent"),
    /** Points of a set or dimension do not add up as declared; args: declared, actual. */
    POINTS_DO_NOT_ADD_UP("indicator-set.points-mismatch"),
    /** A rule does not fit its indicator; args: rule, detail. */
    RULE_MISMATCH("indicator-set.rule-mismatch"),
    /** A measurement must carry exactly one kind of value; args: kinds present. */
    MEASUREMENT_VALUE("measurement.value"),
    /** A period lies outside the competition dates or weights are off; args: detail. */
    PERIOD_INCONSISTENT("competition.period-inconsistent"),
    /** A workflow move the state machine refuses; args: from, to, allowed targets. */
    ILLEGAL_TRANSITION("workflow.illegal-transition"),
    /** Two plugin providers claim the same indicator set; args: set, version, first, second. */
    DUPLICATE_INDICATOR_SET("registry.duplicate-set"),
    /** A plugin provider could not be loaded or threw; args: provider class, detail. */
    PROVIDER_FAILED("registry.provider-failed"),
    /** No indicator set with this code and version is registered; args: code, version. */
    UNKNOWN_INDICATOR_SET("registry.unknown-set");

    private final String code;

    ModelProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String bundleBaseName() {
        return "io.github.laborcontest.model.problem.problems";
    }
}
