package org.confsite.init;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The checked values of a new site: the conference, its languages and where it is published. */
public record NewSite(String name, String fullName, LocalDate start, LocalDate end, ZoneId zone, String city,
        String country, String venue, List<StarterLanguage> languages, String baseUrl, String generatorRepository,
        boolean example) {
    /** The fictional example's programme runs over this many days. */
    static final int EXAMPLE_DAYS = 3;
    /** More days than any conference has: a typing mistake in a year or month. */
    private static final int MAX_DAYS = 31;

    /**
     * The site from each question's checked answer ("" where a default is computed from other
     * answers); a {@link BadValue} naming {@code --end} when the dates do not go together.
     */
    public static NewSite of(Map<Question, String> answers, boolean example) {
        LocalDate start = Question.parseDate(answers.get(Question.START));
        String endText = answers.get(Question.END);
        LocalDate end = endText.isEmpty() ? start.plusDays(EXAMPLE_DAYS - 1) : Question.parseDate(endText);
        if (end.isBefore(start)) {
            throw new BadValue("the last day " + end + " is before the first day " + start, "swap --start and --end");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw new BadValue("the conference would last " + days + " days", "check the year and month of --start and --end");
        }
        if (example && days < EXAMPLE_DAYS) {
            throw new BadValue("the example's programme needs " + EXAMPLE_DAYS + " days, not " + days,
                    "leave --end out, or give a date two days after --start");
        }
        String name = answers.get(Question.NAME);
        String fullName = answers.get(Question.FULL_NAME);
        return new NewSite(name, fullName.isEmpty() ? name : fullName, start, end, ZoneId.of(answers.get(Question.TIME_ZONE)),
                answers.get(Question.CITY), answers.get(Question.COUNTRY), answers.get(Question.VENUE),
                StarterLanguage.parse(answers.get(Question.LANGUAGES), Theme.bundles()), answers.get(Question.BASE_URL),
                answers.get(Question.GENERATOR_REPOSITORY), example);
    }
}
