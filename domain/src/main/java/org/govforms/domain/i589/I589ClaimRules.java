package org.govforms.domain.i589;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.I589AdditionalInformation;
import org.govforms.model.I589Application;
import org.govforms.model.I589Claim;
import org.govforms.model.I589OtherCountries;
import org.govforms.model.I589UsEntry;
import org.govforms.model.YesNoAnswer;

import static org.govforms.domain.rules.RecordRule.error;
import static org.govforms.domain.rules.RecordRule.warning;

/** The rules of Parts B and C: every Yes has its explanation, and the answers agree with each other and the dates. */
final class I589ClaimRules {

    private static final String CLAIM = "/claim";
    private static final String ADDITIONAL = "/additionalInformation";
    private static final String LATE_FILING = ADDITIONAL + "/filingMoreThanOneYearAfterArrival";

    static final List<RecordRule<?>> EXPLANATIONS = List.of(
            explained("I-589:R.29", CLAIM, "pastHarm", I589Application::getClaim, I589Claim::getPastHarm),
            explained("I-589:R.30", CLAIM, "fearOfHarmUponReturn", I589Application::getClaim, I589Claim::getFearOfHarmUponReturn),
            explained("I-589:R.31", CLAIM, "accusedChargedArrestedOrDetained", I589Application::getClaim,
                    I589Claim::getAccusedChargedArrestedOrDetained),
            explained("I-589:R.32", CLAIM, "organizationMembership", I589Application::getClaim, I589Claim::getOrganizationMembership),
            explained("I-589:R.33", CLAIM, "continuedOrganizationParticipation", I589Application::getClaim,
                    I589Claim::getContinuedOrganizationParticipation),
            explained("I-589:R.34", CLAIM, "fearsTortureUponReturn", I589Application::getClaim, I589Claim::getFearsTortureUponReturn),
            explained("I-589:R.38", ADDITIONAL, "previouslyAppliedForAsylum", I589Application::getAdditionalInformation,
                    I589AdditionalInformation::getPreviouslyAppliedForAsylum),
            explained("I-589:R.40", ADDITIONAL, "causedHarmToOthers", I589Application::getAdditionalInformation,
                    I589AdditionalInformation::getCausedHarmToOthers),
            explained("I-589:R.41", ADDITIONAL, "returnedToCountryOfHarm", I589Application::getAdditionalInformation,
                    I589AdditionalInformation::getReturnedToCountryOfHarm),
            explained("I-589:R.42", ADDITIONAL, "filingMoreThanOneYearAfterArrival", I589Application::getAdditionalInformation,
                    I589AdditionalInformation::getFilingMoreThanOneYearAfterArrival),
            explained("I-589:R.43", ADDITIONAL, "committedCrime", I589Application::getAdditionalInformation,
                    I589AdditionalInformation::getCommittedCrime));

    static final RecordRule<I589Application> CONTINUED_ONLY_AFTER_MEMBERSHIP = warning("I-589:R.35",
            "CONTINUED_PARTICIPATION_WITHOUT_MEMBERSHIP",
            "Item 3.B asks about continued participation in the organizations of item 3.A, which is answered No; check both answers.",
            I589Application.class, (application, findings) -> {
                I589Claim claim = application.getClaim();
                if (claim != null && answer(claim.getOrganizationMembership()) == Boolean.FALSE
                        && answer(claim.getContinuedOrganizationParticipation()) == Boolean.TRUE) {
                    findings.at(CLAIM + "/continuedOrganizationParticipation/answer");
                }
            });

    static final RecordRule<I589Application> OTHER_COUNTRIES_EXPLAINED = error("I-589:R.39", "YES_WITHOUT_EXPLANATION",
            "Item 2.A or 2.B is answered Yes: explain, for each person, each country, the length of stay, the status "
                    + "there, the reasons for leaving and whether the person may return.",
            I589Application.class, (application, findings) -> {
                I589OtherCountries other = application.getAdditionalInformation() == null ? null
                        : application.getAdditionalInformation().getOtherCountries();
                if (other != null && (Boolean.TRUE.equals(other.getTravelledThroughOrResidedInOtherCountries())
                        || Boolean.TRUE.equals(other.getFamilyAppliedForStatusInOtherCountries()))
                        && I589FamilyRules.isBlank(other.getExplanation())) {
                    findings.at(ADDITIONAL + "/otherCountries/explanation");
                }
            });

    static final RecordRule<I589Application> LATE_FILING_MATCHES_DATES = error("I-589:R.44", "LATE_FILING_ANSWER_DISAGREES_WITH_DATES",
            "Item 5 must agree with the dates: answer Yes (and explain) when you sign more than one year after your "
                    + "last arrival in the U.S. (the most recent entry of item 19.c), and No otherwise.",
            I589Application.class, (application, findings) -> {
                YesNoAnswer lateFiling = application.getAdditionalInformation() == null ? null
                        : application.getAdditionalInformation().getFilingMoreThanOneYearAfterArrival();
                LocalDate signed = application.getDeclaration() == null ? null : application.getDeclaration().getSignatureDate();
                LocalDate lastArrival = lastArrival(application);
                if (answer(lateFiling) == null || signed == null || lastArrival == null) {
                    return;
                }
                boolean late = signed.isAfter(lastArrival.plusYears(1));
                if (late != lateFiling.getAnswer()) {
                    findings.at(LATE_FILING + "/answer");
                }
            });

    static final List<RecordRule<?>> ALL = java.util.stream.Stream.concat(EXPLANATIONS.stream(), java.util.stream.Stream.of(
            CONTINUED_ONLY_AFTER_MEMBERSHIP,
            OTHER_COUNTRIES_EXPLAINED,
            LATE_FILING_MATCHES_DATES)).toList();

    private I589ClaimRules() {
    }

    /** A Yes of the question at {@code section/question} needs its explanation. */
    private static <S> RecordRule<I589Application> explained(String rule, String section, String question,
                                                            Function<I589Application, S> part,
                                                            Function<S, YesNoAnswer> answer) {
        return error(rule, "YES_WITHOUT_EXPLANATION",
                "This question is answered Yes: give the explanation it asks for (continue on Supplement B if it does not fit).",
                I589Application.class, (application, findings) -> {
                    S value = part.apply(application);
                    YesNoAnswer yesNo = value == null ? null : answer.apply(value);
                    if (answer(yesNo) == Boolean.TRUE && I589FamilyRules.isBlank(yesNo.getExplanation())) {
                        findings.at(section + "/" + question + "/explanation");
                    }
                });
    }

    private static Boolean answer(YesNoAnswer yesNo) {
        return yesNo == null ? null : yesNo.getAnswer();
    }

    private static LocalDate lastArrival(I589Application application) {
        if (application.getApplicant() == null || application.getApplicant().getEntriesIntoUnitedStates() == null) {
            return null;
        }
        return application.getApplicant().getEntriesIntoUnitedStates().stream()
                .filter(Objects::nonNull)
                .map(I589UsEntry::getEntryDate)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
    }
}
