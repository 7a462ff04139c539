package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaincaptions.plain.eval.BrokenPatterns;

/**
 * Context rules written as longer glossary rows (issue 11, coverage of the language): each case pairs a
 * row with the use it must leave alone. 'within' + a place or group is 'in', 'within' + a time stays
 * ("within 28 days" means "no later than"); 'deliver' takes the verb its object needs; 'in turn' after
 * a verb is 'then' but 'one after another' at the end of a clause stays; 'post pandemic' moves after
 * the noun; 'annex b' and event stewards are kept; an explanation with a comma in it is
 * not explained again when the caption is simplified again; a doubled letter of an acronym said letter by
 * letter ('p p e') is no stutter; an -ing verb term before a word that is only ever a verb term is
 * read as a verb, as it is once that word is rewritten, and so is one before an adjective that describes no
 * noun ('impacting adjacent to', which becomes 'next to'); an explained term is shown in British spelling, as
 * every other word is, so simplifying again changes nothing ('leveling up'). Sentences written for this test, as a recogniser
 * writes meeting speech; none is from the evaluation set.
 */
class ContextRowsGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we saw a rise in referrals within our mental health services           | We saw a rise in referrals (being put in touch with a service) in our mental health services.
            the contractor must finish the work within the next six weeks          | The contractor must finish the work in the next 6 weeks.
            we will reply within twenty eight days                                 | We will reply within 28 days.
            we must act within a week                                              | We must act within a week.
            all of this has to be done within the budget we agreed                 | All of this has to be done inside the budget we agreed.
            the scheme is within the law                                           | The scheme is inside the law.
            we have to live within our means                                       | We have to live within our means.
            we need to deliver for the residents of this ward                      | We need to work for the residents of this ward.
            the board wants to deliver the policy by april                         | The board wants to carry out the policy by April.
            councillors are delivering for local people                            | Councillors are working for local people.
            the plan will deliver real change for young carers                     | The plan will bring about real change for children who look after someone.
            we delivered training to staff across both sites                       | We gave training to staff across both sites.
            we will deliver the services through the hubs                          | We will provide the services through the hubs.
            we synergised it with the youth offer                                  | We combined it with the activities for young people.
            our teams will synergise with the police                               | Our teams will work together with the police.
            this will in turn need more staff                                      | This will then need more staff.
            each of the speakers will talk in turn                                 | Each of the speakers will talk in turn.
            the new road would in turn reduce traffic                              | The new road would then reduce traffic.
            the post pandemic recovery has been slow                               | The recovery after the pandemic has been slow.
            post pandemic the demand for food banks has doubled                    | After the pandemic the demand for food banks has doubled.
            the committee meets again after the summer recess                      | The committee meets again after the summer break.
            this is a well established group                                       | This is a long-standing group.
            it is well established that poverty harms health                       | It is well known that poverty harms health.
            if you need further information please contact the clerk               | If you need more information please contact the clerk.
            i am a creature of habit                                               | I am someone who likes routine.
            i am a creature of local government                                    | I am a product of local government.
            please see annex b of the report                                       | Please see annex b of the report.
            powers annexed by central government should be returned                | Powers taken over by central government should be returned.
            the stewards at the fun run did a brilliant job                        | The stewards at the fun run did a brilliant job.
            she has been stewarding the project for two years                      | She has been looking after the project for 2 years.
            a rise in council tax is inevitable                                    | A rise in council tax is bound to happen.
            legal order for a relative to care for a child                         | Legal order for a relative to care for a child.
            we will co design two services                                         | We will design 2 services together.
            the community asset transfer of the old library went through last year | The community asset transfer (handing buildings to community groups) of the old library went through last year.
            there are clear no fault evictions with the housing team               | There are clear evictions without a reason with the housing team.
            the imperative to act is clear                                         | The urgent need to act is clear.
            there is a shortage of homes                                           | There are not enough homes.
            we face a shortage of homes in the town                                | We face a shortage of homes in the town.
            the report warns of a shortage of homes in the town                    | The report warns of a shortage of homes in the town.
            we face a dearth of foster carers                                      | We face a lack of foster carers.
            there is a dearth of foster carers                                     | There are not enough foster carers.
            there is a funding gap of two million pounds                           | There is a gap in funding of £2 million.
            we will fund each place based where possible on what residents tell us | We will fund each place based where possible on what residents tell us.
            we will take a place based approach to youth services                  | We will take a local approach to youth services.
            the evidence based on our survey shows a gap                           | The evidence based on our survey shows a gap.
            the deep dive with older people showed gaps in day care                | The detailed review with older people showed gaps in day care.
            because of the devolved nature of health the rules differ              | Because of the devolved (handed down from central government) nature of health the rules differ.
            the council wants more powers devolved to the region                   | The council wants more powers passed down to the region.
            in scotland housing is devolved                                        | In Scotland housing is passed down.
            we deliver on time                                                     | We finish on time.
            we deliver on our promises                                             | We keep our promises.
            councillors are delivering for local people                            | Councillors are working for local people.
            the work undertaken to date is good                                    | The work carried out so far is good.
            the report is due to be published in may                               | The report is due to be published in May.
            delays due to staff sickness                                           | Delays because of staff sickness.
            within places and within two weeks                                     | In places and within 2 weeks.
            housing first works                                                    | Housing first (housing homeless people first, with support) works.
            we looked at the accessibility of the site                             | We looked at the accessibility (ease of use for everyone, including disabled people) of the site.
            we need to address the issue of empty homes                            | We need to deal with the issue of empty homes.
            she will address the conference tomorrow                               | She will address the conference tomorrow.
            the plan must address health inequalities                              | The plan must reduce unfair differences in health.
            social care accounts for about half of our budget                      | Social care makes up about half of our budget.
            how do you account for the overspend                                   | How do you account for the extra spending.
            staff need more p p e                                                  | Staff need more protective kit.
            the the plan is good                                                   | The plan is good.
            impacting accompany the team                                           | Affecting go with the team.
            ofsted and ofsted                                                      | Ofsted (schools inspector) and ofsted.
            the flooding impacting adjacent to the river                           | The flooding affecting next to the river.
            we support leveling up                                                 | We support levelling up (reducing regional inequality).
            """)
    void rewritesOnlyTheUseTheRowIsFor(String raw, String plain) {
        String shown = Engines.simplify(raw);

        assertThat(shown).isEqualTo(plain);
        assertThat(BrokenPatterns.find(shown)).as(shown).isEmpty();
        assertThat(Engines.simplify(shown)).as("simplifying twice").isEqualTo(shown);
    }
}
