//! From a speaker mention to a speaker: entity linking, aliases and pronouns.
//!
//! A name mention takes the canonical name of the entity cluster its head belongs to ("M. Biden"
//! → "Joe Biden"); a document noun ("le communiqué de Moscou", "a statement from the ministry")
//! speaks for the entity it names. A description with no entity at its head keeps its own words
//! ("a spokesman for the ministry"). A pronoun goes to the most recent compatible person: a
//! previous speaker or a PER entity, with gender from titles and first names where known. Without
//! entities (or before they exist), earlier speakers still give aliases: "Biden" after "Joe Biden".

use super::cues::Ctx;
use super::describe;
use super::lex::{first_names, Gender};
use super::np::Np;
use crate::analysis::segment::TokKind;
use crate::analysis::types::{Cluster, Entity, Label, Span, Speaker};

/// How many earlier candidates a pronoun looks at.
const MAX_ANTECEDENTS: usize = 40;
/// How many sentences of one quote a pronoun looks back over for the narrator's sentence.
const MAX_QUOTE_SENTENCES: usize = 8;
/// How many paragraphs back "the company" looks for the company that spoke.
const COMPANY_PARAGRAPHS: usize = 3;
/// How many sentences back an epithet looks for the person they are about.
const SUBJECT_LOOKBACK: usize = 4;

/// A resolved speaker remembered as a possible antecedent.
#[derive(Clone, Debug)]
struct Known {
    pos: usize,
    /// A person (PER entity, or a name with a known gender), for "he"/"she".
    person: bool,
    /// Someone for sure: a PER entity, a role word, or a name. French gives every description
    /// a gender ("le ministère public"), so `person` alone does not say so; epithets ("le
    /// septuagénaire") take up only such antecedents.
    human: bool,
    name: String,
    cluster: Option<usize>,
    gender: Gender,
    plural: bool,
    /// A pronoun resolved to this person (see [`Resolver::remember_pronoun`]): who spoke
    /// last for an epithet, never a pronoun's antecedent (a wrong resolution would spread).
    echo: bool,
}

pub struct Resolver<'r> {
    entities: &'r [Entity],
    clusters: &'r [Cluster],
    history: Vec<Known>,
    /// Descriptions written next to names, read on first need.
    roles: Option<describe::RoleMemory>,
}

impl<'r> Resolver<'r> {
    pub fn new(entities: &'r [Entity], clusters: &'r [Cluster]) -> Self {
        Resolver {
            entities,
            clusters,
            history: Vec::new(),
            roles: None,
        }
    }

    /// Resolves a mention; mentions must be given in text order for pronouns to work.
    /// `adjunct` is true for the source of an introducer ("selon un document", "according to
    /// a report"): an adjunct naming no one (no entity, no name, no role word) is no antecedent
    /// for a later "il" or "he", which takes up the subjects around it instead.
    pub fn speaker(&mut self, ctx: &Ctx, np: &Np, adjunct: bool) -> Speaker {
        let text = ctx.doc.text;
        if let Some(g) = np.pronoun {
            let pos = np.span.start;
            let form = crate::analysis::lexicon::norm(np.span.text(text));
            if ctx.lex.impersonal_pronouns.contains(&form) {
                // "on" is no one in particular: only the place the sentence opens with speaks
                // for it ("À Matignon, on assure que…").
                let place = opening_place(ctx, np).or_else(|| following_place(ctx, np));
                let (name, cluster) = match place {
                    Some(place) => self.name_of(ctx, &place),
                    None => (np.span.text(text).to_string(), None),
                };
                return Speaker {
                    mention: np.span,
                    name,
                    cluster,
                };
            }
            // "Democrats, for their part, praised what they called …": a plural pronoun takes up
            // the plural subject of its own sentence first, named or not.
            if np.plural && !ctx.lex.addressee_pronouns.contains(&form) {
                if let Some(subject) = plural_subject_before(ctx, np) {
                    let (name, cluster) = self.name_of(ctx, &subject);
                    return Speaker {
                        mention: np.span,
                        name,
                        cluster,
                    };
                }
                // "Le député Louis Garnier et la sénatrice Inès Morel ont signé la tribune.
                // « … », écrivent-ils": the people the sentence before coordinates, together.
                if let Some(subject) = coordinated_subject_before(ctx, np) {
                    return Speaker {
                        mention: np.span,
                        name: subject.span.text(text).to_string(),
                        cluster: None,
                    };
                }
            }
            let person_only = ctx.lex.person_pronouns.contains(&form);
            let found = (!np.plural && g != Gender::Unknown)
                .then(|| self.previous_subject(ctx, np, g))
                .flatten()
                .or_else(|| self.antecedent(ctx, pos, g, np.plural, person_only));
            if let Some(k) = found {
                self.remember_pronoun(pos, g, &k);
                return Speaker {
                    mention: np.span,
                    name: k.name,
                    cluster: k.cluster,
                };
            }
            return Speaker {
                mention: np.span,
                name: np.span.text(text).to_string(),
                cluster: None,
            };
        }
        if let Some(ante) = &np.antecedent {
            // "… », accuse le syndicaliste, qui annonce …": the relative stands for whoever
            // the description stands for.
            let described = self
                .chosen_entity(ctx, ante)
                .is_none()
                .then(|| self.described(ctx, ante))
                .flatten();
            if let Some(k) = described {
                return Speaker {
                    mention: np.span,
                    name: k.name,
                    cluster: k.cluster,
                };
            }
            let (name, cluster) = self.name_of(ctx, ante);
            // "former engineer Laura Chen, who said …": a full name there is remembered for
            // later aliases ("Chen told Reuters").
            if name.contains(' ') && ctx.is_capitalised(ante.toks.1 - 1) {
                let gender = gender_of(ctx, ante);
                self.history.push(Known {
                    echo: false,
                    pos: ante.span.start,
                    person: gender != Gender::Unknown,
                    human: gender != Gender::Unknown,
                    name: name.clone(),
                    cluster,
                    gender,
                    plural: false,
                });
            }
            return Speaker {
                mention: np.span,
                name,
                cluster,
            };
        }
        let chosen = self.chosen_entity(ctx, np);
        if chosen.is_none() {
            if let Some(k) = self.described(ctx, np) {
                let name = k.name.clone();
                let cluster = k.cluster;
                self.history.push(Known {
                    pos: np.span.start,
                    plural: false,
                    echo: false,
                    ..k
                });
                return Speaker {
                    mention: np.span,
                    name,
                    cluster,
                };
            }
        }
        let (name, cluster) = self.name_with(ctx, np, chosen);
        // ("selon un ancien ingénieur de la centrale" names someone: a later "il" may be him.)
        let someone = || names_a_role(ctx, np) || describe::heads_with_epithet(ctx, np);
        if adjunct && chosen.is_none() && !np.capitalised && !someone() {
            return Speaker {
                mention: np.span,
                name,
                cluster,
            };
        }
        let gender = gender_of(ctx, np);
        let per_cluster = cluster
            .and_then(|c| self.clusters.get(c))
            .is_some_and(|c| c.label == Label::Per);
        let role = names_a_role(ctx, np);
        // "According to a former engineer at the plant, … \"…,\" he said": a source an
        // introducer brings in under a person noun is someone new, whom the next pronoun of
        // either gender may take up, English descriptions' unknown gender notwithstanding.
        let introduced = adjunct && describe::heads_with_epithet(ctx, np);
        self.history.push(Known {
            echo: false,
            pos: np.span.start,
            person: per_cluster || gender != Gender::Unknown || role || introduced,
            human: per_cluster || role || introduced,
            name: name.clone(),
            cluster,
            gender,
            // A description stays out of singular pronouns' reach unless its gender is
            // known ("un ami de la victime", "la porte-parole"): "it" or "he" bound to a
            // misread phrase, or to "the president" rather than the name, helps no one.
            // A capitalised first word that an entity or an earlier full name claims is a
            // name ("Fields said" after "Michelle Fields"), not a plural noun.
            plural: plural_description(ctx, np)
                && chosen.is_none()
                && !(ctx.is_capitalised(np.toks.0)
                    && !ctx.lex.determiners.contains(ctx.word(np.toks.0))
                    && name.contains(' '))
                || !np.capitalised && gender == Gender::Unknown && !introduced,
        });
        Speaker {
            mention: np.span,
            name,
            cluster,
        }
    }

    /// « Elle a accusé le ministère … « … » » then « « … », a poursuivi la syndicaliste »: a
    /// pronoun resolved to someone for sure is that person speaking again, where the pronoun
    /// stands, so that an epithet a paragraph later still finds who spoke last. The pronoun
    /// gives the gender a name alone may not (« précise-t-il » is no « intéressée »).
    fn remember_pronoun(&mut self, pos: usize, g: Gender, k: &Known) {
        if k.human && !k.plural {
            let gender = match k.gender {
                Gender::Unknown => g,
                known => known,
            };
            self.history.push(Known {
                pos,
                echo: true,
                gender,
                ..k.clone()
            });
        }
    }

    /// The person a title written next to a name earlier stands for ("the former president"
    /// after "Former President Thomas Reed"), from the role memory built on first need.
    ///
    /// With `any_word`, a one-word description that is no title matches too (see
    /// [`describe::RoleMemory::lookup`]): only for a speaker's own description, not for the
    /// subjects an epithet looks back over (« le fonds » there is no person).
    fn role_holder(&mut self, ctx: &Ctx, key: &str, pos: usize, any_word: bool) -> Option<Known> {
        let entities = self.entities;
        let memory = self
            .roles
            .get_or_insert_with(|| describe::RoleMemory::build(ctx, entities));
        // « le chef de l'État » for the person the text named as « le président »
        // (`title_synonyms.tsv`), when no one was described with the words themselves.
        let found = memory.lookup(ctx, key, pos, any_word).or_else(|| {
            let other = ctx.lex.title_synonyms.get(&super::lex::synonym_key(key))?;
            memory.lookup(ctx, other, pos, any_word)
        });
        let e = entities.get(found?)?;
        Some(self.person_entity(ctx, e))
    }

    /// "The former president, who left office in 2021, has stayed out of politics. … he said":
    /// a gendered pronoun takes up the person opening the sentence before it in its paragraph,
    /// named or described by a title written next to a name earlier, when one does. (The
    /// latest speaker is the fallback: here, someone quoted a paragraph before.)
    ///
    /// A subject that is a common noun naming no one (« L'expression a fait bondir le
    /// syndicaliste. « … », a-t-il lancé ») leaves the pronoun to the one person the rest of
    /// that sentence names, when there is exactly one: not to whoever spoke last.
    fn previous_subject(&mut self, ctx: &Ctx, np: &Np, g: Gender) -> Option<Known> {
        let subject = previous_narrator_subject(ctx, np)?;
        // « Selon l'historienne X, la peintre « a été effacée ». « … », a-t-elle expliqué »:
        // after an introducer the subject is inside what the source says. When the source is
        // a person of the pronoun's gender who spoke there, the pronoun is left to the latest
        // speaker. ("According to ProPublica, Clinton praised … She also said": an
        // organisation leaves it to the subject.)
        if self.source_spoke_in(ctx, subject.span.start, np.span.start, g) {
            return None;
        }
        if let Some(known) = self.subject_person(ctx, &subject, true) {
            return known.gender.agrees(g).then_some(known);
        }
        // (Its first word may be capitalised: it opens the sentence.)
        let (a, b) = subject.toks;
        let common = subject.pronoun.is_none()
            && (a + 1..b).all(|k| !ctx.is_capitalised(k))
            && self.chosen_entity(ctx, &subject).is_none();
        if !common {
            return None;
        }
        self.only_person_after(ctx, &subject, g)
    }

    /// True when the sentence holding `at` opens with an introducer and the latest speaker
    /// before `pos` was named in it as a person of gender `g` (known: a source of unknown
    /// gender may be an organisation the entity pass took for a person).
    fn source_spoke_in(&self, ctx: &Ctx, at: usize, pos: usize, g: Gender) -> bool {
        let last = self.history.iter().rev().find(|k| k.pos < pos && !k.echo);
        last.is_some_and(|k| {
            k.human
                && !k.plural
                && self.known_gender(ctx, k) == g
                && same_introduced_sentence(ctx, k.pos, at)
        })
    }

    /// A speaker's gender, else that of its person cluster's first name, else that of the
    /// title, epithet or first name its words hold ("historienne de l'art Mathilde Corvisart").
    /// (Per pronoun resolved after an introducer, not per token.)
    fn known_gender(&self, ctx: &Ctx, k: &Known) -> Gender {
        if k.gender != Gender::Unknown {
            return k.gender;
        }
        let lex = ctx.lex;
        let of_word = |w: &str| -> Gender {
            let w = crate::analysis::lexicon::norm(w);
            let listed = lex.titles.get(&w).or_else(|| lex.epithets.get(&w));
            listed
                .or_else(|| first_names().get(&w))
                .copied()
                .unwrap_or(Gender::Unknown)
        };
        let cluster = k
            .cluster
            .and_then(|c| self.clusters.get(c))
            .filter(|c| c.label == Label::Per)
            .map(|c| c.name.as_str());
        cluster
            .into_iter()
            .chain(std::iter::once(k.name.as_str()))
            .flat_map(str::split_whitespace)
            .map(of_word)
            .find(|g| *g != Gender::Unknown)
            .unwrap_or(Gender::Unknown)
    }

    /// The one person the sentence of `subject` names after it, outside quotes: a PER entity
    /// or a definite description headed by an epithet (« le syndicaliste »), whose gender
    /// agrees with `g`. `None` when there are none or several. (Per pronoun resolved, not per
    /// token.)
    fn only_person_after(&mut self, ctx: &Ctx, subject: &Np, g: Gender) -> Option<Known> {
        let doc = ctx.doc;
        let (_, hi) = doc
            .sentences
            .get(doc.sentence_at(subject.span.start)?)?
            .tokens;
        let lo = subject.toks.1;
        let outside = |k: usize| !ctx.quoted.get(k).copied().unwrap_or(true);
        let from = doc.tokens.get(lo)?.span.start;
        let to = doc.tokens.get(hi.checked_sub(1)?)?.span.end;
        let mut found: Vec<Known> = self
            .entities_in(Span::new(from, to))
            .iter()
            .filter(|e| e.label == Label::Per && !in_quote(ctx, e))
            .map(|e| self.person_entity(ctx, e))
            .collect();
        for k in lo..hi.saturating_sub(1) {
            let epithet = ctx.lex.definite.contains(ctx.word(k))
                && outside(k)
                && describe::is_epithet(ctx, ctx.word(k + 1))
                && ctx.kind(k + 1) == Some(TokKind::Word)
                && !ctx.is_capitalised(k + 1);
            if !epithet {
                continue;
            }
            let d = Np::from_toks(ctx, k, k + 2);
            let key = ctx.word(k + 1).to_string();
            let gender = description_gender(ctx, &d, &key);
            let holder = self.role_holder(ctx, &key, d.span.start, false);
            found.push(holder.unwrap_or(Known {
                echo: false,
                pos: d.span.start,
                person: true,
                human: true,
                gender,
                name: key,
                cluster: None,
                plural: false,
            }));
        }
        match found.as_slice() {
            [one] if one.gender.agrees(g) => found.pop(),
            _ => None,
        }
    }

    /// The person a sentence subject names: a PER entity (`None` for any other entity), or a
    /// description written next to a name earlier. With `epithets`, an epithet subject ("Le
    /// septuagénaire a pris la parole") is whoever it stands for ([`Self::described`]) or,
    /// unresolved, itself: not a name further back. So is a title never written next to a name
    /// ("Le Premier ministre a apporté son soutien à son ministre. « … », a-t-il indiqué"):
    /// the name further back is someone else.
    fn subject_person(&mut self, ctx: &Ctx, subject: &Np, epithets: bool) -> Option<Known> {
        match self.chosen_entity(ctx, subject) {
            Some(e) if e.label == Label::Per => Some(self.person_entity(ctx, e)),
            Some(_) => None,
            None if epithets => self.described(ctx, subject).or_else(|| {
                if let Some(k) = introduced_person(ctx, subject) {
                    return Some(k);
                }
                let key = describe::key(ctx, subject)?;
                let gender = description_gender(ctx, subject, &key);
                let known = |name: String| Known {
                    echo: false,
                    pos: subject.span.start,
                    person: true,
                    human: true,
                    gender,
                    name,
                    cluster: None,
                    plural: false,
                };
                if describe::is_epithet(ctx, &key) {
                    return Some(known(key));
                }
                if !names_a_role(ctx, subject) {
                    return None;
                }
                // "the senator paused": the phrase reader may run on into the verb; the title
                // alone still finds the person it was written next to.
                let head = key.split(' ').next().unwrap_or("");
                if let Some(k) = self.role_holder(ctx, head, subject.span.start, false) {
                    return Some(k);
                }
                let (a, b) = subject.toks;
                let words = Span::new(
                    ctx.doc.tokens.get(a + 1)?.span.start,
                    ctx.doc.tokens.get(b.checked_sub(1)?)?.span.end,
                );
                Some(known(words.text(ctx.doc.text).to_string()))
            }),
            None => {
                let key = describe::key(ctx, subject)?;
                self.role_holder(ctx, &key, subject.span.start, false)
            }
        }
    }

    /// The person a definite description stands for ("le Premier ministre", "la
    /// syndicaliste"): see [`describe`].
    fn described(&mut self, ctx: &Ctx, np: &Np) -> Option<Known> {
        let key = describe::key(ctx, np)?;
        if let Some(k) = self.role_holder(ctx, &key, np.span.start, false) {
            return Some(k);
        }
        if !describe::is_epithet(ctx, &key) {
            return self.role_holder(ctx, &key, np.span.start, true);
        }
        let pos = np.span.start;
        let para = ctx.doc.paragraph_at(pos)?;
        let g = description_gender(ctx, np, &key);
        // Wire copy introduces a person, then quotes them under an epithet: "Marcel Dubreuil,
        // 71 ans, est venu … « … », soupire le retraité". The person the sentences just before
        // are about, when introduced after the latest speaker spoke.
        let subject = self.recent_subject(ctx, np, g);
        // The latest person who spoke, in this paragraph or the one before: a person merely
        // mentioned in between ("the 83-year-old justice") is not who an epithet takes up.
        let near = |at: usize| ctx.doc.paragraph_at(at).is_some_and(|p| p + 1 >= para);
        let spoke = self
            .history
            .iter()
            .rev()
            .filter(|k| k.pos < pos)
            .take_while(|k| near(k.pos))
            .take(MAX_ANTECEDENTS)
            .find(|k| k.human && !k.plural)
            .cloned();
        // "le joueur" after the club's president spoke, « l'écrivaine » after the jury's
        // president: an epithet that is also a title is not someone the text gave another one.
        let head = key.split(' ').next().unwrap_or("");
        // (« le dirigeant » names no office of its own: any title suits it.)
        let titled = ctx.lex.titles.contains_key(head) && !ctx.lex.generic_titles.contains(head);
        let entities = self.entities;
        let memory = self
            .roles
            .get_or_insert_with(|| describe::RoleMemory::build(ctx, entities));
        let otherwise = |k: &Known| {
            titled
                && k.cluster
                    .is_some_and(|c| memory.described_otherwise(c, head))
        };
        let found = match (subject, spoke) {
            (Some((at, k)), spoke) if spoke.as_ref().is_none_or(|s| s.pos < at) => Some(k),
            (_, spoke) => spoke.filter(|k| k.gender.agrees(g) && !otherwise(k)),
        };
        // « le négociant de 61 ans » with no one just before: the one person described with
        // that word earlier (« le procès du négociant en vins Bernard Castaing »).
        found.or_else(|| self.role_holder(ctx, &key, pos, true))
    }

    /// The person the sentences right before a mention are about, and where the text names them:
    /// the one person the sentence just before names, in the same paragraph ("… par le maire de
    /// la ville, Nicolas Perrin. « … », rappelle l'élu"), else the nearest earlier subject that is a person, up to
    /// [`SUBJECT_LOOKBACK`] sentences back in this paragraph or the one before. `None` when
    /// that person's gender disagrees: the epithet then is someone else.
    fn recent_subject(&mut self, ctx: &Ctx, np: &Np, g: Gender) -> Option<(usize, Known)> {
        let doc = ctx.doc;
        let si = doc.sentence_at(np.span.start)?;
        let para = doc.sentences.get(si)?.paragraph;
        let mut first_narrative = true;
        for sj in (si.saturating_sub(SUBJECT_LOOKBACK)..si).rev() {
            let s = doc.sentences.get(sj)?;
            if s.paragraph + 1 < para {
                break;
            }
            let (lo, hi) = s.tokens;
            // Sentences of a quote are the speaker's words, not the narrator's.
            if ctx.quoted.get(lo).copied().unwrap_or(true) {
                continue;
            }
            if std::mem::take(&mut first_narrative) && s.paragraph == para {
                let span = Span::new(
                    doc.tokens.get(lo)?.span.start,
                    doc.tokens.get(hi.checked_sub(1)?)?.span.end,
                );
                // Of the people it names, the one whose gender agrees ("… au Norvégien Ole
                // Strand, traduit par Hélène Roux. … l'écrivain").
                let mut people = self
                    .entities_in(span)
                    .iter()
                    .filter(|e| e.label == Label::Per && !in_quote(ctx, e))
                    .map(|e| (e.span.start, self.person_entity(ctx, e)))
                    .filter(|(_, k)| k.gender.agrees(g));
                if let (Some(k), None) = (people.next(), people.next()) {
                    return Some(k);
                }
            }
            let Some(subject) = narrator_subject(ctx, lo, hi) else {
                continue;
            };
            // (Not through `described`: that asks this function.)
            if let Some(k) = self.subject_person(ctx, &subject, false) {
                return k.gender.agrees(g).then_some((subject.span.start, k));
            }
        }
        None
    }

    /// An entity's name for display: its cluster's, else its own words.
    fn entity_name(&self, ctx: &Ctx, e: &Entity) -> (String, Option<usize>) {
        match e.cluster.and_then(|c| self.clusters.get(c)) {
            Some(cl) => (cl.name.clone(), e.cluster),
            None => (e.span.text(ctx.doc.text).to_string(), None),
        }
    }

    /// The entities starting before `pos`, nearest first, as far as [`MAX_ANTECEDENTS`].
    fn entities_before(&self, pos: usize) -> impl Iterator<Item = &'r Entity> {
        let end = self.entities.partition_point(|e| e.span.start < pos);
        self.entities[..end].iter().rev().take(MAX_ANTECEDENTS)
    }

    /// A PER entity as a possible antecedent, under its cluster's name.
    fn person_entity(&self, ctx: &Ctx, e: &Entity) -> Known {
        let (name, cluster) = self.entity_name(ctx, e);
        let gender = name_gender(ctx, &name, e.span);
        Known {
            echo: false,
            pos: e.span.start,
            person: true,
            human: true,
            name,
            cluster,
            gender,
            plural: false,
        }
    }

    /// The entity a non-pronoun mention names, if any: a person at the end of a description,
    /// the entity at its head, or the author of a document noun.
    fn chosen_entity(&self, ctx: &Ctx, np: &Np) -> Option<&'r Entity> {
        let head = head_token(ctx, np);
        let head_span = ctx.doc.tokens.get(head).map(|t| t.span).unwrap_or(np.span);
        let inside = self.entities_in(np.span);
        let at_head = inside
            .iter()
            .find(|e| e.span.overlap(head_span) > 0 && e.label != Label::Date)
            .filter(|e| !modifies_noun(ctx, e, np) && !opens_longer_name(ctx, e, np, inside));
        let head_is_source = ctx.lex.source_nouns.contains(ctx.word(head));
        // A person named at the end of a description is the speaker ("White House press
        // secretary Dana Ortiz"), unless it is a complement ("le conseiller de Joe Biden").
        // "Les avocats de l'ancienne députée Claire Vautrin": a name after a complement with a
        // determiner and a noun of its own ("de l'ancienne députée") names that noun's person,
        // not the head's. ("le porte-parole du Kremlin Dmitri Peskov", "secretary of state
        // Madeleine Albright": no determiner and common noun there.) A connector that is a
        // determiner too brings its own: « le frère du député Morandi » is the brother. So
        // does a title after the connector: "the cousin of Senator Lambert", « le porte-parole
        // de M. Dupont ».
        let title = |m: usize| {
            ctx.lex.titles.contains_key(ctx.word(m))
                || ctx.is_punct(m + 1, &["."]) && dotted_title(ctx, ctx.word(m)).is_some()
        };
        let in_complement = |k: usize| {
            (head + 1..k.saturating_sub(1)).any(|j| {
                let w = ctx.word(j);
                let fused =
                    ctx.lex.determiners.contains(w) || ctx.lex.gendered_determiners.contains_key(w);
                let determined = fused || ctx.lex.determiners.contains(ctx.word(j + 1));
                let noun_from = if fused { j + 1 } else { j + 2 };
                let noun = |m: usize| {
                    ctx.kind(m) == Some(TokKind::Word)
                        && !ctx.is_capitalised(m)
                        && !ctx.lex.connectors.contains(ctx.word(m))
                        && !ctx.lex.determiners.contains(ctx.word(m))
                };
                // (« ses avocats, Me Rey et Me Dumas »: a coordinator joins two names.)
                let titled = title(j + 1) && !ctx.lex.coordinators.contains(w);
                ctx.lex.connectors.contains(w) && (determined && (noun_from..k).any(noun) || titled)
            })
        };
        let person = inside.iter().rev().find(|e| {
            let k = ctx.doc.token_at_or_after(e.span.start);
            e.label == Label::Per && e.span.end <= np.span.end && k > np.toks.0 && {
                let w = ctx.word(k - 1);
                !ctx.lex.connectors.contains(w)
                    && !super::cues::is_possessive(ctx, k - 1)
                    && !in_complement(k)
            }
        });
        // « le porte-parole du Kremlin » speaks for the Kremlin, but « le porte-parole de M.
        // Dupont » is a person speaking, not Dupont: a source noun that names a person (a
        // title) stands for no person in its complement.
        let for_person = ctx.lex.titles.contains_key(ctx.word(head));
        person.or(at_head).or_else(|| {
            head_is_source
                .then(|| {
                    inside
                        .iter()
                        .find(|e| e.label != Label::Date && !(for_person && e.label == Label::Per))
                })
                .flatten()
        })
    }

    /// The best name for a non-pronoun mention, with its cluster.
    fn name_of(&self, ctx: &Ctx, np: &Np) -> (String, Option<usize>) {
        self.name_with(ctx, np, self.chosen_entity(ctx, np))
    }

    /// [`Self::name_of`] given the mention's [`Self::chosen_entity`], when the caller has it.
    fn name_with(&self, ctx: &Ctx, np: &Np, chosen: Option<&Entity>) -> (String, Option<usize>) {
        let text = ctx.doc.text;
        let head = head_token(ctx, np);
        let head_span = ctx.doc.tokens.get(head).map(|t| t.span).unwrap_or(np.span);
        let head_is_source = ctx.lex.source_nouns.contains(ctx.word(head));
        if let Some(e) = chosen {
            return self.entity_name(ctx, e);
        }
        // No entity: the phrase's own words from its head, or an earlier speaker it abbreviates.
        // A possessive keeps its possessor: "Trump's campaign", not "campaign".
        let from = if head > np.toks.0 && super::cues::is_possessive(ctx, head - 1) {
            ctx.doc
                .tokens
                .get(np.toks.0)
                .map_or(head_span.start, |t| t.span.start)
        } else {
            head_span.start
        };
        let own = Span::new(from, np.span.end).text(text);
        // (« le porte-parole de Marc Dupont »: a title's complement naming a person is someone
        // else; see `chosen_entity`.)
        let for_person = ctx.lex.titles.contains_key(ctx.word(head))
            && self
                .entities_in(np.span)
                .iter()
                .any(|e| e.label == Label::Per);
        let own = if head_is_source && !for_person && np.toks.1 > head + 1 {
            // "le communiqué de Moscou" with no entity: the words after the connector.
            // Only a name joined by a connector ("de", "of"): "a report released Tuesday" is
            // the report's, not Tuesday's.
            let after = (head + 1..np.toks.1)
                .find(|&k| ctx.is_capitalised(k))
                .filter(|&k| ctx.lex.connectors.contains(ctx.word(k - 1)))
                .and_then(|k| ctx.doc.tokens.get(k))
                .map(|t| Span::new(t.span.start, np.span.end).text(text));
            after.unwrap_or(own)
        } else {
            own
        };
        // "one Senate aide": the aide's own words, linked to the entity that qualifies them.
        let modifier = self
            .entities_in(np.span)
            .iter()
            .find(|e| e.label != Label::Date && modifies_noun(ctx, e, np));
        if let Some(e) = modifier {
            return (own.to_string(), e.cluster);
        }
        if np.capitalised && !own.contains(' ') {
            if let Some(k) = self
                .history
                .iter()
                .rev()
                .take(MAX_ANTECEDENTS)
                .find(|k| k.name.len() > own.len() && k.name.ends_with(own))
            {
                return (k.name.clone(), k.cluster);
            }
            // "“…,” Torres said" after "Senator Ann Torres of Arizona", who had not spoken: an
            // earlier person's full name ending with the word, when the entity pass left the
            // lone surname untagged.
            let person = self
                .entities_before(np.span.start)
                .filter(|e| e.label == Label::Per)
                .find(|e| {
                    let t = e.span.text(text);
                    t.len() > own.len() + 1
                        && t.ends_with(own)
                        && t[..t.len() - own.len()].ends_with(' ')
                });
            if let Some(e) = person {
                return self.entity_name(ctx, e);
            }
        }
        if let Some(e) = self.named_by_head(ctx, np, head) {
            if e.cluster.is_some() {
                return self.entity_name(ctx, e);
            }
        }
        if let Some(k) = self.company_taken_up(ctx, np, head) {
            return (k.name.clone(), k.cluster);
        }
        (own.to_string(), None)
    }

    /// "Pacific Ridge Power said …. The company has disputed …": a definite article and a
    /// company noun (`company_nouns.txt`) take up the latest earlier speaker, within
    /// [`COMPANY_PARAGRAPHS`] paragraphs, whose name ends in a company word
    /// (`company_suffixes.txt`). The entity pass often tags no organisation for such names, so
    /// `named_by_head` finds none; public bodies end in no such word, so an agency that spoke in
    /// between is never taken.
    fn company_taken_up(&self, ctx: &Ctx, np: &Np, head: usize) -> Option<&Known> {
        let (a, b) = np.toks;
        let lex = ctx.lex;
        if !lex.definite.contains(ctx.word(a))
            || head != a + 1
            || b != head + 1
            || ctx.is_capitalised(head)
            || !lex.company_nouns.contains(ctx.word(head))
        {
            return None;
        }
        let para = ctx.doc.paragraph_at(np.span.start)?;
        let near = |k: &Known| {
            ctx.doc
                .paragraph_at(k.pos)
                .is_some_and(|p| p + COMPANY_PARAGRAPHS >= para)
        };
        self.history
            .iter()
            .rev()
            .filter(|k| k.pos < np.span.start)
            .take_while(|k| near(k))
            .take(MAX_ANTECEDENTS)
            .find(|k| {
                !k.human
                    && !k.echo
                    && k.name.contains(' ')
                    && k.name.rsplit(' ').next().is_some_and(|w| {
                        lex.company_suffixes
                            .contains(&crate::analysis::lexicon::norm(w))
                    })
            })
    }

    /// "L'agence appelle …" after "l'Agence nationale de sécurité sanitaire (Anses)", "the
    /// committee said" after "the House Oversight Committee": a definite article and a lone
    /// common noun take up the latest organisation whose name opens or ends with that noun.
    fn named_by_head(&self, ctx: &Ctx, np: &Np, head: usize) -> Option<&'r Entity> {
        let (a, b) = np.toks;
        let article = ctx.lex.definite.contains(ctx.word(a));
        if !article || head != a + 1 || b != head + 1 || ctx.is_capitalised(head) {
            return None;
        }
        let noun = ctx.word(head);
        self.entities_before(np.span.start)
            .filter(|e| e.label == Label::Org)
            .find(|e| {
                let first = ctx.doc.token_at_or_after(e.span.start);
                let last = ctx.doc.token_at_or_after(e.span.end).saturating_sub(1);
                ctx.word(first) == noun || ctx.word(last) == noun
            })
    }

    fn entities_in(&self, span: Span) -> &'r [Entity] {
        let a = self.entities.partition_point(|e| e.span.end <= span.start);
        let b = self.entities.partition_point(|e| e.span.start < span.end);
        self.entities.get(a..b.max(a)).unwrap_or(&[])
    }

    /// The most recent compatible person before `pos`: a previous speaker or a PER entity.
    fn antecedent(
        &self,
        ctx: &Ctx,
        pos: usize,
        g: Gender,
        plural: bool,
        person_only: bool,
    ) -> Option<Known> {
        let from_history = self
            .history
            .iter()
            .rev()
            .filter(|k| k.pos < pos && !k.echo)
            .take(MAX_ANTECEDENTS)
            .find(|k| k.plural == plural && k.gender.agrees(g) && (k.person || !person_only))
            .cloned();
        if plural {
            return from_history;
        }
        let from_entities = self
            .entities_before(pos)
            // A name inside a quote is someone the speaker talks about ("« Hugo a fait un
            // choix », a-t-elle déclaré. … « … », a-t-il lancé"): not who a later cue's
            // pronoun takes up.
            .filter(|e| e.label == Label::Per && !in_quote(ctx, e))
            .map(|e| self.person_entity(ctx, e))
            .find(|k| k.gender.agrees(g));
        // « Selon l'historienne X, la peintre Y « … ». « … », a-t-elle expliqué »: the source
        // spoke; the person it spoke about, later in that sentence, did not.
        match (from_history, from_entities) {
            (Some(h), Some(e)) => Some(
                if e.pos > h.pos
                    && !(h.human
                        && self.known_gender(ctx, &h) == g
                        && same_introduced_sentence(ctx, h.pos, e.pos))
                {
                    e
                } else {
                    h
                },
            ),
            (h, e) => h.or(e),
        }
    }
}

/// The plural phrase opening the sentence of pronoun `np`, before it: "Democrats" in
/// "Democrats, for their part, praised what they called", « Les syndicats » in « Les syndicats
/// estiment qu'ils … ».
fn plural_subject_before(ctx: &Ctx, np: &Np) -> Option<Np> {
    // ("Prices will rise, they said": a parenthetical after a comma has a subject of its own.)
    if np.toks.0 == 0 || ctx.kind(np.toks.0 - 1) == Some(TokKind::Punct) {
        return None;
    }
    let doc = ctx.doc;
    let s = doc.sentences.get(doc.sentence_at(np.span.start)?)?;
    let subject = super::cues::sentence_subject(ctx, s.tokens.0, np.toks.0)?;
    let plural = subject.pronoun.is_none()
        && subject.toks.1 < np.toks.0
        && !ctx.quoted.get(subject.toks.0).copied().unwrap_or(true)
        && plural_description(ctx, &subject);
    plural.then_some(subject)
}

/// « Un ancien maître de chai de la maison Castaing, cité comme témoin, a livré un récit. « … »,
/// a-t-il raconté »: a subject that brings in someone new (an indefinite article, a person noun
/// or title at its head) is that person, under the subject's own words; not a name in its
/// complement, nor someone further back.
fn introduced_person(ctx: &Ctx, subject: &Np) -> Option<Known> {
    let (a, b) = subject.toks;
    let det = ctx.word(a);
    let indefinite =
        ctx.lex.gendered_determiners.contains_key(det) && !ctx.lex.definite.contains(det);
    let person = describe::heads_with_epithet(ctx, subject) || names_a_role(ctx, subject);
    if subject.pronoun.is_some() || b <= a + 1 || !indefinite || !person {
        return None;
    }
    let words = Span::new(
        ctx.doc.tokens.get(a + 1)?.span.start,
        ctx.doc.tokens.get(b - 1)?.span.end,
    );
    Some(Known {
        echo: false,
        pos: subject.span.start,
        person: true,
        human: true,
        gender: gender_of(ctx, subject),
        name: words.text(ctx.doc.text).to_string(),
        cluster: None,
        plural: false,
    })
}

/// The subject of the narrator's sentence before the one of `np`, in its paragraph. The
/// sentences of a long quote ending in "dit-il" are the speaker's: the narrator's sentence
/// before them is the one that counts.
fn previous_narrator_subject(ctx: &Ctx, np: &Np) -> Option<Np> {
    let doc = ctx.doc;
    let this = doc.sentence_at(np.span.start)?;
    let para = doc.sentences.get(this)?.paragraph;
    let prev = (this.saturating_sub(MAX_QUOTE_SENTENCES)..this)
        .rev()
        .map_while(|k| doc.sentences.get(k).filter(|s| s.paragraph == para))
        .find(|s| !ctx.quoted.get(s.tokens.0).copied().unwrap_or(true))?;
    narrator_subject(ctx, prev.tokens.0, prev.tokens.1)
}

/// True when the sentence `lo..hi` opens (after any dateline) with an introducer: « Selon … »,
/// "According to …". Its subject is then inside what the source says.
fn opens_with_introducer(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let first = super::cues::after_dateline(ctx, lo, hi);
    ctx.lex.introducer_at(&ctx.words, first).is_some()
}

/// True when the mentions at `a` and `b` stand in one sentence that opens with an introducer.
fn same_introduced_sentence(ctx: &Ctx, a: usize, b: usize) -> bool {
    let doc = ctx.doc;
    let (Some(i), Some(j)) = (doc.sentence_at(a), doc.sentence_at(b)) else {
        return false;
    };
    i == j
        && doc
            .sentences
            .get(i)
            .is_some_and(|s| opens_with_introducer(ctx, s.tokens.0, s.tokens.1))
}

/// The subject of the narrator's sentence before pronoun `np`'s, in its paragraph (sentences
/// of a quote skipped), when it coordinates two phrases or more ("Louis Garnier et Inès Morel").
fn coordinated_subject_before(ctx: &Ctx, np: &Np) -> Option<Np> {
    let subject = previous_narrator_subject(ctx, np)?;
    let (a, mut b) = subject.toks;
    // "Senator Ann Ross and Senator Tom Hale met": the phrase reader may run on into the verb;
    // lower-case words after the last name, with no determiner among them, are not the phrase.
    if let Some(last) = (a..b).rev().find(|&k| ctx.is_capitalised(k)) {
        let tail_is_phrase = (last + 1..b).any(|k| ctx.lex.determiners.contains(ctx.word(k)));
        if !tail_is_phrase {
            b = last + 1;
        }
    }
    let joined = (a + 1..b.saturating_sub(1)).any(|k| ctx.lex.coordinators.contains(ctx.word(k)));
    joined.then(|| Np::from_toks(ctx, a, b))
}

/// "À Matignon, on assure", "Dans l'entourage du ministre, on …": the phrase of the adjunct
/// that opens the sentence and ends at the comma right before the impersonal pronoun.
fn opening_place(ctx: &Ctx, np: &Np) -> Option<Np> {
    let doc = ctx.doc;
    let comma = np.toks.0.checked_sub(1)?;
    if !ctx.is_punct(comma, &[","]) {
        return None;
    }
    let sentence = doc.sentences.get(doc.sentence_at(np.span.start)?)?;
    let first = doc.token_at_or_after(sentence.span.start);
    if first >= comma || !ctx.lex.adjunct_preps.contains(ctx.word(first)) {
        return None;
    }
    super::np::forward(ctx, first + 1, comma).filter(|p| p.toks.1 == comma)
}

/// The gender of a description: its determiner's, or, elided ("l'écrivain"), its epithet's.
fn description_gender(ctx: &Ctx, np: &Np, key: &str) -> Gender {
    match gender_of(ctx, np) {
        Gender::Unknown => describe::epithet_gender(ctx, key),
        g => g,
    }
}

/// True when entity `e` stands inside a speech quote.
fn in_quote(ctx: &Ctx, e: &Entity) -> bool {
    let k = ctx.doc.token_at_or_after(e.span.start);
    ctx.quoted.get(k).copied().unwrap_or(false)
}

/// The subject of the sentence `lo..hi` when the narrator wrote it: a phrase, not a pronoun,
/// outside any quote.
fn narrator_subject(ctx: &Ctx, lo: usize, hi: usize) -> Option<Np> {
    super::cues::sentence_subject(ctx, lo, hi)
        .filter(|n| n.pronoun.is_none() && !ctx.quoted.get(n.toks.0).copied().unwrap_or(true))
}

/// "« … », tempère-t-on dans l'entourage de la ministre": the place right after an inverted
/// "on" speaks for it, as one opening the sentence does. After an inverted auxiliary the
/// participle comes first, and a source may follow it: « a-t-on appris auprès du parquet », « de
/// source judiciaire » (`source_preps.txt`).
fn following_place(ctx: &Ctx, np: &Np) -> Option<Np> {
    let doc = ctx.doc;
    let mut prep = np.toks.1;
    let participle = ctx.lex.verbs.contains_key(ctx.word(prep));
    if participle {
        prep += 1;
    }
    let source = participle && ctx.lex.source_preps.contains(ctx.word(prep));
    if !source && !ctx.lex.adjunct_preps.contains(ctx.word(prep)) {
        return None;
    }
    // "auprès du parquet": a preposition of two words.
    if ctx.lex.connectors.contains(ctx.word(prep + 1)) {
        prep += 1;
    }
    let hi = doc.sentences.get(doc.sentence_at(np.span.start)?)?.tokens.1;
    super::np::forward(ctx, prep + 1, hi).filter(|p| super::np::ends_clause(ctx, p.toks.1, hi))
}

/// True when a phrase's words include a title or role noun ("the senator", "le ministre"):
/// a person, even without a name.
pub(super) fn names_a_role(ctx: &Ctx, np: &Np) -> bool {
    super::np::titled(ctx, np.toks.0, np.toks.1)
}

/// True when entity `e` is a modifier inside phrase `np`: a lower-case noun follows it ("one
/// Senate aide", "a White House spokesman"), so the phrase names someone else than `e`.
/// (A person's name is left alone: a phrase running on past it, "Sanders himself" or "Rubio
/// refrained", is the phrase reader's error, and the name is still the speaker.)
fn modifies_noun(ctx: &Ctx, e: &Entity, np: &Np) -> bool {
    let k = ctx.doc.token_at_or_after(e.span.end);
    let w = ctx.word(k);
    e.label != Label::Per
        && k < np.toks.1
        && ctx.kind(k) == Some(TokKind::Word)
        && !ctx.is_capitalised(k)
        && !ctx.lex.connectors.contains(w)
        && !ctx.lex.is_manner_adverb(w)
        && !ctx.lex.is_past_tense(w)
        && !ctx.lex.verbs.contains_key(w)
        && !super::cues::is_possessive(ctx, k)
}

/// "The group, Ohio Rideshare Workers United, hailed …": a place opening a run of capitalised
/// words that no entity covers is part of a longer name the entity pass missed, not the
/// speaker; the phrase's own words are. (A name after it that is an entity, "Ohio Gov. John
/// Kasich", is read as before.)
fn opens_longer_name(ctx: &Ctx, e: &Entity, np: &Np, inside: &[Entity]) -> bool {
    let k = ctx.doc.token_at_or_after(e.span.end);
    let covered = |k: usize| {
        let start = ctx.doc.tokens.get(k).map_or(0, |t| t.span.start);
        inside
            .iter()
            .any(|x| x.span.start <= start && start < x.span.end)
    };
    e.label == Label::Loc
        && k + 1 < np.toks.1
        && (k..k + 2).all(|j| ctx.is_capitalised(j) && !covered(j))
}

/// True when a description's head noun reads as plural ("ses organisateurs", "officials"): the
/// last word before a complement ("of", "de") has a plural ending. A name is singular ("un ami
/// de la victime" is "lui", not "eux"; "Fields said" is "she"); a capital on a determiner
/// ("Ses organisateurs") only opens the sentence.
fn plural_description(ctx: &Ctx, np: &Np) -> bool {
    let (a, b) = np.toks;
    // The sentence's first word has a capital whatever it is ("Organizers said"); the caller
    // rules out a name there by its entity.
    let name_capital = |k: usize| {
        ctx.is_capitalised(k)
            && !ctx.lex.determiners.contains(ctx.word(k))
            && !(k == a && super::cues::sentence_initial(ctx, k))
    };
    if (a..b).any(name_capital) {
        return false;
    }
    let head = head_token(ctx, np);
    let last = (head..b)
        .take_while(|&k| {
            ctx.kind(k) == Some(TokKind::Word) && !ctx.lex.connectors.contains(ctx.word(k))
        })
        .last()
        .unwrap_or(head);
    ctx.lex.has_plural_ending(ctx.word(last))
}

/// The first content token of a phrase (after determiners and titles).
fn head_token(ctx: &Ctx, np: &Np) -> usize {
    if super::quantity::at(ctx, np.toks.0, np.toks.1).is_some()
        || super::quantity::partitive_at(ctx, np.toks.0, np.toks.1).is_some()
    {
        // "Two in three", "one of the advisers": the number word is the head, not a determiner
        return np.toks.0;
    }
    let mut k = np.toks.0;
    while k + 1 < np.toks.1 {
        let w = ctx.word(k);
        if ctx.lex.determiners.contains(w) {
            k += 1;
        } else if ctx.is_punct(k + 1, &["."]) && dotted_title(ctx, w).is_some() {
            k += 2;
        } else if ctx.lex.titles.contains_key(w) && ctx.is_capitalised(k + 1) {
            k += 1;
        } else {
            break;
        }
    }
    // "Byrd's strategy", "the party's nominee", "Sanders' campaign": the possessor is a
    // determiner; the head is what it owns.
    let owned = (k..np.toks.1)
        .rev()
        .find(|&j| {
            super::cues::is_possessive(ctx, j) && (ctx.word(j) == "s" || ctx.word(j + 1) != "s")
        })
        .map(|j| j + 1)
        .filter(|&j| j < np.toks.1);
    owned.unwrap_or(k).min(np.toks.1.saturating_sub(1))
}

/// The title `w` + "." ("Mr."), keyed without allocating when the word is short (asked for
/// every name mention: a `format!` there was about 1 % of the analysis).
fn dotted_title(ctx: &Ctx, w: &str) -> Option<Gender> {
    let mut buf = [0u8; 32];
    let key = match buf.get_mut(..w.len() + 1) {
        Some(b) => {
            let (word, dot) = b.split_at_mut(w.len());
            word.copy_from_slice(w.as_bytes());
            dot.fill(b'.');
            std::str::from_utf8(b).ok()
        }
        None => None,
    };
    match key {
        Some(k) => ctx.lex.titles.get(k).copied(),
        None => ctx.lex.titles.get(&format!("{w}.")).copied(),
    }
}

/// Gender of a name mention: its title ("Mme", "Mr.") or its first name, when they tell.
fn gender_of(ctx: &Ctx, np: &Np) -> Gender {
    let k = np.toks.0;
    let w = ctx.word(k);
    let title = ctx
        .lex
        .titles
        .get(w)
        .copied()
        .or_else(|| dotted_title(ctx, w));
    if let Some(g) = title.filter(|g| *g != Gender::Unknown) {
        return g;
    }
    let g = name_gender(ctx, np.span.text(ctx.doc.text), np.span);
    if g != Gender::Unknown {
        return g;
    }
    // "le ministre", "la porte-parole": the determiner opening the phrase, or just before it.
    let det = |k: usize| ctx.lex.gendered_determiners.get(ctx.word(k)).copied();
    det(k)
        .or_else(|| k.checked_sub(1).and_then(det))
        .unwrap_or(Gender::Unknown)
}

fn name_gender(ctx: &Ctx, name: &str, span: Span) -> Gender {
    // A title just before the entity ("Mme Dupont").
    let i = ctx.doc.token_at_or_after(span.start);
    if i > 0 {
        let prev = ctx.word(i - 1);
        // (Tokens `i - 2` and `i - 1` run together are "word.": no allocation.)
        let prev = if prev == "." && i > 1 {
            ctx.doc.norm_run(i - 2, i)
        } else {
            prev
        };
        if let Some(&g) = ctx.lex.titles.get(prev) {
            if g != Gender::Unknown {
                return g;
            }
        }
    }
    let first = name.split_whitespace().next().unwrap_or("");
    first_names()
        .get(&crate::analysis::lexicon::norm(first))
        .copied()
        .unwrap_or(Gender::Unknown)
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyse_as;
    use crate::analysis::types::Lang;

    fn speakers(t: &str, lang: Lang) -> Vec<Option<String>> {
        let a = analyse_as(t, Some(lang));
        a.quotes
            .iter()
            .filter(|q| q.speech)
            .map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
            .collect()
    }

    #[test]
    fn a_titled_epithet_is_not_the_last_speaker_given_another_title() {
        let t = "L'OM a recruté l'attaquant Rafael Nunes.\n« Il est rare », a dit le président \
                 du club, Stéphane Ricard.\n« Je suis prêt », a assuré le joueur.";
        let got = speakers(t, Lang::Fr);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].as_deref(), Some("Stéphane Ricard"));
        assert_ne!(got[1].as_deref(), Some("Stéphane Ricard"));
    }

    #[test]
    fn an_epithet_takes_up_who_spoke_last_under_a_pronoun() {
        // The speaker's last quote is a pronoun's, a paragraph before the epithet.
        let t = "« Nous tiendrons », a lancé la déléguée, Agnès Ferrand.\n\n\
                 Elle a reproché à la direction son silence. « On attend toujours.\n\n\
                 « Personne ne nous répond », a conclu la syndicaliste.";
        let s = speakers(t, Lang::Fr);
        assert_eq!(
            s.last().cloned().flatten().as_deref(),
            Some("Agnès Ferrand")
        );
        // A name of no known gender takes the pronoun's: « il » is no « intéressée ».
        let t =
            "« Tout est faux », dit Dominique Varenne.\n\n« Je le prouverai », précise-t-il.\n\n\
                 « J'étais là », répond l'intéressée.";
        let s = speakers(t, Lang::Fr);
        assert_ne!(
            s.last().cloned().flatten().as_deref(),
            Some("Dominique Varenne")
        );
    }

    #[test]
    fn an_epithet_takes_up_the_person_introduced_after_the_last_speaker() {
        let t = "« Rien ne change », dit Paul Roux.\nAnne Colin, 68 ans, est venue. \
                 « J'ai tout donné », soupire la retraitée.";
        let s = speakers(t, Lang::Fr);
        assert_eq!(s[1].as_deref(), Some("Anne Colin"));
        // The speaker came after the introduction: the speaker.
        let t = "Anne Colin est venue.\n« J'ai tout donné », dit Marie Roux. \
                 « Et vous ? », demande la retraitée.";
        let s = speakers(t, Lang::Fr);
        assert_eq!(s[1].as_deref(), Some("Marie Roux"));
    }

    #[test]
    fn a_relative_after_an_epithet_is_the_same_person() {
        let t = "Le délégué du site, Marc Hervé, n'y croit pas.\n\
                 « C'est fini », accuse le syndicaliste, qui réclame « un vrai plan ».";
        let s = speakers(t, Lang::Fr);
        assert_eq!(s, [Some("Marc Hervé".into()), Some("Marc Hervé".into())]);
    }
}
