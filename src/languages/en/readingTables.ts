import { verbForms } from '../../core/reading/inflections';

/**
 * The English words the reading rules (src/core/reading) read a line by, table by table: what is a body part and a
 * complaint (pain), a unit, a time zone, a yes, a no, a wait, a correction (./readingWords.ts hands them to the rules).
 * The same tables are the values of the language model's slot types (units, body parts, complaints, time zones), so
 * Alexa, Dialogflow and the local NLU hear what these rules read.
 */

/** The units, each with every way of naming it; the first is how the unit is named back. */
export const UNIT_NAMES = {
  lb: ['pounds', 'pound', 'lbs', 'lb', 'imperial', 'pound weights', 'the imperial system'],
  kg: ['kilograms', 'kilogram', 'kilos', 'kilo', 'kg', 'metric', 'kgs', 'the metric system'],
} as const;

/** The sides, each with every way of naming it. */
export const SIDE_NAMES = {
  left: ['left', 'left hand', 'left arm', 'left side', 'left one', 'left shoulder', 'lefty'],
  right: ['right', 'right hand', 'right arm', 'right side', 'right one', 'right shoulder', 'righty'],
} as const;

/**
 * Where it can hurt. "Something" stands for a part the driver does not name ("I pulled something"), and "side" for the
 * side of the back ("my left side is killing me").
 */
export const BODY_PARTS: readonly { id: string; names: readonly string[] }[] = [
  { id: 'back', names: ['back', 'lower back', 'upper back', 'low back', 'mid back', 'spine', 'lumbar', 'tailbone', 'disc'] },
  { id: 'neck', names: ['neck', 'back of my neck'] },
  { id: 'shoulder', names: ['shoulder', 'shoulders', 'shoulder blade', 'rotator cuff', 'trap', 'traps'] },
  { id: 'arm', names: ['arm', 'arms', 'bicep', 'biceps', 'tricep', 'triceps', 'forearm', 'upper arm'] },
  { id: 'elbow', names: ['elbow', 'elbows'] },
  { id: 'hand', names: ['wrist', 'wrists', 'hand', 'hands', 'finger', 'fingers', 'thumb'] },
  { id: 'lat', names: ['lat', 'lats'] },
  { id: 'side', names: ['side', 'ribs', 'rib', 'rib cage', 'oblique', 'obliques', 'chest', 'pec'] },
  { id: 'hip', names: ['hip', 'hips', 'glute', 'butt', 'leg', 'legs', 'knee', 'knees', 'hamstring'] },
  { id: 'something', names: ['something', 'muscle', 'a muscle', 'joint', 'nerve', 'tendon'] },
];

/** Words a driver says a body part feels by ("my shoulder feels funny", "my wrist don't feel right"). */
const FEEL_VERBS: readonly string[] = ['feels', 'feel', 'feeling', 'felt'];
/** How a part can feel that is not well. */
const ODD_FEELINGS: readonly string[] = ['off', 'funny', 'weird', 'wrong', 'strange', 'odd', 'bad', 'awful', 'terrible'];
/** How a part can feel that is well, said with a negator before it ("not good", "doesn't feel right"). */
const WELL_FEELINGS: readonly string[] = ['good', 'great', 'okay', 'ok', 'well', 'normal', 'a hundred percent'];
const FEEL_NEGATIONS: readonly string[] = ["doesn't feel", "don't feel", 'not feeling', "isn't feeling", "ain't feeling"];

/**
 * A part that is not well, by rule rather than by list: a feeling verb with an odd feeling ("feels off"), a negator with
 * a well feeling ("not good", "no good", "doesn't feel great"), and "right" only after a feeling verb, since "not the
 * right" names a side.
 */
function unwellSayings(): string[] {
  return [
    ...FEEL_VERBS.flatMap((verb) => ODD_FEELINGS.map((feeling) => `${verb} ${feeling}`)),
    ...['not', ...FEEL_NEGATIONS].flatMap((negation) => WELL_FEELINGS.map((feeling) => `${negation} ${feeling}`)),
    'no good', 'not so good', 'not so great', 'not too good', 'not too great',
    ...FEEL_NEGATIONS.map((negation) => `${negation} right`),
  ];
}

/** Verbs a body part complains by, as stems: every form of each is a complaint ("pull": "pulling", "pulled"). */
const COMPLAINT_VERBS: readonly string[] = [
  'tweak', 'pull', 'strain', 'sprain', 'twist', 'pop', 'snap', 'pinch', 'throb', 'burn', 'sting', 'grab', 'click', 'grind',
  'seize', 'cramp', 'spasm', 'ache', 'tug', 'twinge', 'stab', 'tingle',
];

/** Verbs a body part complains by with a particle, in every form as the verbs above ("flaring up", "locked up"). */
const COMPLAINT_PHRASAL_VERBS: readonly (readonly [verb: string, particle: string])[] = [
  ['lock', 'up'], ['seize', 'up'], ['act', 'up'], ['flare', 'up'], ['tighten', 'up'], ['stiffen', 'up'], ['knot', 'up'],
  ['cramp', 'up'], ['bind', 'up'], ['give', 'out'],
];

/**
 * How a body part can be said to hurt. The complaints `alone` say pain with no body part ("that hurts", "I'm in pain");
 * the others say it with one ("my elbow's acting up", "tweaked my back", "left side's killing me").
 */
const COMPLAINT_GROUPS: readonly { id: string; alone: boolean; names: readonly string[] }[] = [
  { id: 'hurts', alone: true, names: ['hurts', 'hurt', 'hurting', 'aching', 'aches', 'ache', 'achy', 'painful', 'in pain', 'pain'] },
  { id: 'injured', alone: true, names: ['injured', 'injury', 'spasm', 'spasms', 'sciatica', 'cramp', 'cramping', 'cramped'] },
  { id: 'acting up', alone: false, names: ['acting up', 'killing me', 'barking', 'screaming', 'bugging me', 'giving me trouble', 'not right', 'messed up', 'jacked up', 'grabbing', 'clicking', 'grinding'] },
  { id: 'tweaked', alone: false, names: ['tweaked', 'pulled', 'strained', 'sprained', 'twisted', 'popped', 'snapped', 'gave out', 'giving out', 'went out', 'tweaky', 'kinked', 'a kink', 'cracked', 'a crack', 'a pop'] },
  { id: 'tight', alone: false, names: ['tight', 'stiff', 'locked up', 'seized up', 'sore', 'tender', 'spasming', 'blocked'] },
  { id: 'sharp', alone: false, names: ['sharp', 'stabbing', 'shooting', 'burning', 'on fire', 'pinching', 'pinched', 'throbbing', 'zinging', 'a zing', 'stinging', 'a sting', 'a twinge'] },
  { id: 'numb', alone: false, names: ['numb', 'tingling', 'tingly', 'pins and needles'] },
  { id: 'unwell', alone: false, names: unwellSayings() },
  // Every form of the verbs a driver complains with ("pulling", "grabs", "seizing"), past what the groups above name.
  {
    id: 'complaining',
    alone: false,
    names: [...COMPLAINT_VERBS.flatMap(verbForms), ...COMPLAINT_PHRASAL_VERBS.flatMap(([verb, particle]) => verbForms(verb).map((form) => `${form} ${particle}`))],
  },
];

/** The complaint groups, each name in the first group that names it (a slot value's synonyms are its own). */
export const COMPLAINTS = COMPLAINT_GROUPS.map((group, i) => ({
  ...group,
  names: [...new Set(group.names)].filter((name) => !COMPLAINT_GROUPS.slice(0, i).some((earlier) => earlier.names.includes(name))),
}));

/** What a driver calls the way a rep is done. */
export const FORM_WORDS: readonly string[] = ['form', 'technique', 'posture', 'reps', 'rep', 'last ones', 'last few', 'last couple', 'last two', 'last three', 'last one'];

/** Said of a set, these say its form went whatever they are said of ("kinda sloppy", "cheated the last two"). */
export const FORM_WENT_BAD_ALONE: readonly string[] = ['sloppy', 'messy', 'ugly', 'trash', 'garbage', 'junk', 'cheated', 'cheating', 'cheaty'];

/** Said of form, these say it held ("form was fine", "good clean reps", "form was correct"). */
export const FORM_HELD: readonly string[] = [
  'fine', 'good', 'great', 'clean', 'solid', 'perfect', 'strict', 'tight', 'okay', 'ok', 'decent', 'on point', 'held', 'right',
  'correct', 'proper',
];

/** Words that deny what follows: a word that says form held, after one of these, says it went bad ("form was not right"). */
const FORM_NEGATIONS: readonly string[] = ['not', 'not so', 'not too', 'not very', "wasn't", "weren't", "wasn't so", "wasn't too", "isn't", "ain't", 'never'];

/** How form can be said to have gone ("form got sloppy", "technique was not so good", "the last two were trash"). */
export const FORM_WENT_BAD: readonly string[] = [
  'sloppy', 'broke', 'broken', 'breaking', 'slipped', 'slipping', 'fell apart', 'falling apart', 'went to pot', 'went to crap',
  'went out', 'went bad', 'got bad', 'bad', 'ugly', 'messy', 'off', 'trash', 'garbage', 'junk', 'shot', 'gone', 'lost', 'lousy',
  'crap', 'crappy', 'terrible', 'awful', 'wobbly', 'shaky', 'lose', 'losing', 'lost my',
  ...FORM_NEGATIONS.flatMap((negation) => [...FORM_HELD, 'pretty'].map((held) => `${negation} ${held}`)),
];

/** Ways a rep is cheated, as verb stems: every form of each says the form was lost ("swinging", "jerked it up", "leaned"). */
export const CHEAT_VERBS: readonly string[] = ['swing', 'jerk', 'arch', 'lean', 'twist', 'cheat', 'heave', 'yank', 'bounce', 'kip', 'rock', 'hitch', 'shrug', 'momentum'];


/** Cries to stop that, said with "my" and a body part, report pain ("stop, my back", "whoa whoa my shoulder"). */
export const ALARMS: readonly string[] = ['stop', 'whoa', 'woah', 'wait', 'hold on', 'hang on', 'ah', 'argh', 'ugh', 'oh no', 'dang', 'damn', 'shoot'];

/** Said alone, these are pain too: a cry, a pop felt. */
export const PAIN_CRIES: readonly string[] = ['ow', 'oww', 'owww', 'ouch', 'felt a pop', 'heard a pop', 'felt a snap', 'felt something pull', 'felt something pop'];

/** Words that take a complaint back when they come right before it: "it doesn't hurt", "no pain", "not sore". */
export const NEGATORS: readonly string[] = [
  'not', "doesn't", 'doesnt', "don't", 'dont', "didn't", 'didnt', "isn't", 'isnt', "wasn't", 'wasnt', "ain't", "won't",
  'never', 'without', 'no', 'nothing', 'no longer', 'stopped',
];

/** Time zones a driver names, with the zone each means. */
export const TIME_ZONES: readonly { id: string; names: readonly string[] }[] = [
  { id: 'America/New_York', names: ['eastern', 'east coast', 'eastern standard', 'eastern daylight'] },
  { id: 'America/Chicago', names: ['central', 'central standard', 'central daylight'] },
  { id: 'America/Denver', names: ['mountain', 'mountain standard', 'mountain daylight'] },
  { id: 'America/Phoenix', names: ['arizona', 'phoenix'] },
  { id: 'America/Los_Angeles', names: ['pacific', 'west coast', 'pacific standard', 'pacific daylight'] },
  { id: 'America/Anchorage', names: ['alaska', 'alaskan'] },
  { id: 'Pacific/Honolulu', names: ['hawaii', 'hawaiian'] },
  { id: 'America/Halifax', names: ['atlantic', 'atlantic standard'] },
  { id: 'America/St_Johns', names: ['newfoundland', 'newfoundland standard'] },
];

/** Zones by their abbreviation, as typed ("CST"). */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  est: 'America/New_York', edt: 'America/New_York', cst: 'America/Chicago', cdt: 'America/Chicago', mst: 'America/Denver',
  mdt: 'America/Denver', pst: 'America/Los_Angeles', pdt: 'America/Los_Angeles', akst: 'America/Anchorage',
  akdt: 'America/Anchorage', hst: 'Pacific/Honolulu', ast: 'America/Halifax', adt: 'America/Halifax', nst: 'America/St_Johns',
};

/** What follows a zone's name when a zone is meant: "central time", "mountain time zone". */
export const ZONE_WORDS: readonly string[] = ['time', 'time zone', 'zone', 'time now', 'standard time', 'daylight time'];

/** Words a question opens with: what the question is about follows them. */
export const QUESTION_OPENINGS: readonly string[] = [
  'what', "what's", 'where', "where's", 'how', "how's", 'when', "when's", 'who', "who's", 'which', 'why', 'is', 'are',
];

/** Lines that start with these answer a yes/no question with yes. */
export const YES_OPENINGS: readonly string[] = [
  'yes', 'yeah', 'yep', 'yup', 'ya', 'yea', 'yess', 'sure', 'okay', 'ok', 'alright', 'all right', 'affirmative', 'roger',
  'copy', 'ten four', 'absolutely', 'definitely', 'correct', 'uh huh', 'mhm', 'mm hmm', 'yessir', 'yes sir', "yes ma'am",
  'you bet', 'for sure', 'heck yeah', 'hell yeah', 'heck yes', 'sounds good', "let's do it", "let's do this", 'why not',
  'of course', 'right on', 'that works', 'fine', "that's right", 'sure thing', 'you got it', 'go ahead', "let's go",
];

/** Lines that start with these answer a yes/no question with no. */
export const NO_OPENINGS: readonly string[] = [
  'no', 'nope', 'nah', 'naw', 'negative', 'negatory', 'no way', 'not now', 'not yet', 'not today', 'not really', 'uh uh',
  'no sir', "no ma'am", 'hell no', 'heck no', "i'll pass", 'pass', 'not right now', "i don't think so", "i'd rather not",
  'maybe later', 'rather not', 'no thanks', 'no thank you', "i'm good", "don't", "i don't know", 'not sure', "i'm not sure",
  'no idea', 'no clue',
];

/** A line made only of these greets the coach ("hey", "mornin' back coach", "yo coach"). */
export const GREETINGS: readonly string[] = [
  'hi', 'hey', 'hello', 'howdy', 'yo', 'hiya', 'heya', 'sup', "what's up", 'whats up', 'morning', 'good morning', 'afternoon',
  'good afternoon', 'evening', 'good evening', 'greetings',
];

/** What a driver calls the coach. */
export const COACH_NAMES: readonly string[] = ['there', 'coach', 'back coach', 'backcoach', 'buddy', 'bud', 'pal', 'partner', 'friend', 'boss', 'man'];

/** Verbs that end what follows them ("quit the workout", "abort this session", "call off today's lifting"). */
export const QUIT_VERBS: readonly string[] = ['quit', 'abort', 'end', 'cancel', 'stop', 'scrap', 'ditch', 'kill', 'call off', 'bail on', 'terminate', 'shut down', 'wrap up', 'close out', 'knock off'];

/** Verbs that start what follows them ("let's get this workout going", "time to knock out my workout"). */
export const START_VERBS: readonly string[] = ['start', 'begin', 'do', 'get', 'hit', 'knock out', 'crush', 'kick off', 'fire up', 'jump into', 'run', 'get going on', 'get started on', 'get in'];

/** What a start verb starts when it is the strength test ("let's do the test again", "I want to make the test again"). */
export const TEST_WORDS: readonly string[] = ['test', 'retest', 'baseline', 'strength test', 'gap test'];
/** Verbs that start the test as well as the start verbs: "take the test", "redo the baseline". */
export const TEST_VERBS: readonly string[] = ['make', 'take', 'redo', 'repeat', 'retake'];

/** Words that say a driver is done for the session, not with a set: "done for today", "finished for the night". */
export const DONE_WORDS: readonly string[] = ['done', 'finished', 'through', 'wiped'];
export const SESSION_ENDS: readonly string[] = ['for today', 'for tonight', 'for the day', 'for the night', 'for now', 'for the evening', 'for this morning'];

/**
 * What is counted when a driver asks how much is left ("time remaining", "how many series still left"): the workout's
 * own parts, or only an amount ("how many", "how much time").
 */
export const WORKOUT_PARTS: readonly string[] = ['sets', 'set', 'series', 'exercises', 'rounds', 'workout'];
export const AMOUNT_ASKED: readonly string[] = ['time', 'minutes', 'mins', 'much', 'many', 'long'];
/** "How many more": more of what is counted is what is left, unless it is more weight ("how much more weight"). */
export const MORE_WORDS: readonly string[] = ['more'];
export const WEIGHT_WORDS: readonly string[] = ['weight', 'weights'];
export const LEFT_WORDS: readonly string[] = ['left', 'remaining', 'to go', 'more to go', 'still to do', 'more to do', 'longer', 'missing'];

/** What a quit verb ends: the workout. */
export const WORKOUT_WORDS: readonly string[] = ['workout', 'workouts', 'session', 'training', 'exercise', 'exercises', 'lifting'];

/** Words that open a wish before its verb: "let's quit", "I want to end", "can we cancel". */
export const WISH_OPENINGS: readonly string[] = [
  "let's", 'let us', 'i want to', 'i wanna', 'i need to', "i'd like to", 'can we', 'can you', 'could we', 'could you', 'please',
  'just', 'we can', "i'm gonna", "i'm going to", 'go ahead and', 'time to', "it's time to", 'ready to', "i'm ready to",
];

/**
 * Parts of the day that say which half of the clock an hour is in ("nine at night", "six in the morning", "six in
 * evening", "six of the afternoon"), each said alone or after one of DAY_PART_LEADS.
 */
const DAY_PART_WORDS: readonly { words: string; afternoon: boolean }[] = [
  { words: 'morning', afternoon: false }, { words: 'am', afternoon: false }, { words: 'a m', afternoon: false },
  { words: 'afternoon', afternoon: true }, { words: 'evening', afternoon: true }, { words: 'night', afternoon: true },
  { words: 'tonight', afternoon: true }, { words: 'pm', afternoon: true }, { words: 'p m', afternoon: true },
];
const DAY_PART_LEADS: readonly string[] = ['', 'in the', 'in', 'at', 'this', 'of the', 'in the early', 'in the late', 'early', 'late'];
export const DAY_PARTS: readonly { words: string; afternoon: boolean }[] = DAY_PART_LEADS.flatMap((lead) =>
  DAY_PART_WORDS.map((part) => ({ words: `${lead} ${part.words}`.trim(), afternoon: part.afternoon })),
);

/** Lines that start with these ask the coach to wait. */
export const WAIT_OPENINGS: readonly string[] = [
  'hold on', 'hang on', 'hold up', 'wait', 'wait up', 'one sec', 'one second', 'one moment', 'a moment', 'moment', 'just a sec', 'just a second',
  'just a minute', 'give me a sec', 'give me a second', 'give me a minute', 'gimme a sec', 'gimme a second', 'gimme a minute',
  'stand by', 'standby', 'hold it', 'hold that thought', 'bear with me',
];

/** Words that take back the number before them: "twelve, no eleven", "twelve, I mean eleven". */
export const CORRECTION_WORDS: readonly string[] = [
  'no', 'nope', 'not', 'wait', 'sorry', 'oops', 'whoops', 'actually', 'i mean', 'i meant', 'make that', 'make it',
  'or rather', 'rather', 'scratch that', 'correction', 'my bad', 'i said', 'er', 'uh no',
];

/** Words that open a line without saying anything of it. */
export const FILLERS: readonly string[] = [
  'uh', 'uhh', 'um', 'umm', 'er', 'erm', 'hmm', 'hm', 'ah', 'oh', 'okay', 'ok', 'so', 'well', 'yeah', 'alright', 'like', 'man',
  'dude', 'hey', 'and', 'alright so', 'okay so', 'so yeah', 'let me see', "let's see", 'lemme see', 'whew', 'phew', 'oof',
];

/**
 * Spoken numbers that are not a single number word: "a dozen", "a couple". Trucker talk ("ten four") says yes, not
 * ten and four.
 */
export const NUMBER_PHRASES: readonly { words: string; value: number }[] = [
  { words: 'half a dozen', value: 6 },
  { words: 'half dozen', value: 6 },
  { words: "a baker's dozen", value: 13 },
  { words: "baker's dozen", value: 13 },
  { words: 'a dozen', value: 12 },
  { words: 'dozen', value: 12 },
  { words: 'a couple of', value: 2 },
  { words: 'a couple', value: 2 },
  { words: 'couple of', value: 2 },
  { words: 'couple', value: 2 },
  { words: 'a pair of', value: 2 },
];

export const NOT_NUMBERS: readonly string[] = ['ten four', '10 4', 'one sec', 'one second', 'one moment', 'one more'];

/**
 * Words before "one" that make it a pronoun ("the left one", "this one", "a heavy one"), and after it that make it a
 * determiner ("one side", "one at a time"): "one" is then no number.
 */
export const BEFORE_PRONOUN_ONE: readonly string[] = [
  'the', 'a', 'this', 'that', 'which', 'each', 'every', 'any', 'another', 'weak', 'weaker', 'strong', 'stronger', 'left',
  'right', 'heavy', 'heavier', 'light', 'lighter', 'big', 'bigger', 'small', 'smaller', 'last', 'next', 'first', 'other',
  'same', 'good', 'bad', 'new', 'old', 'little', 'hard', 'harder', 'easy', 'easier', 'tough', 'tougher', 'no', 'weakest',
  'strongest', "left's", "right's",
];
export const AFTER_DETERMINER_ONE: readonly string[] = [
  'side', 'sided', 'arm', 'arms', 'hand', 'handed', 'at', 'by', 'of', 'more', 'thing', 'sec', 'second', 'moment', 'minute',
  'day', 'time', 'way', 'last', 'set', 'question',
];

/** Words between the opening of a line and the amount it gives: "about forty seconds", "a good minute", "I'd say twelve". */
export const HEDGES: readonly string[] = [
  'about', 'around', 'like', 'maybe', 'probably', 'almost', 'nearly', 'roughly', 'only', 'just over', 'just under', 'over',
  'under', 'exactly', 'i think', "i'd say", 'i guess', 'call it', 'a solid', 'a good', 'a full', 'the full', 'the whole',
  'literally', 'honestly', 'a total of', 'right at', 'at least', 'at most', 'pretty much', 'just', 'every', 'once every',
  'i reckon', 'i figure', "i'd guess", 'i believe', 'i suppose', 'probably about', 'somewhere around', 'give or take',
];

/** Words that lead into an amount said again: "no, it was fourteen", "nope, I said nine", "no, is thirteen". */
export const AMOUNT_LEADS: readonly string[] = ['it was', "it's", 'it is', 'is', 'was', 'that was', 'i said', 'i say', 'i did', 'i got', 'should be', 'it should be', 'more like', 'closer to', 'sir', "ma'am"];

/**
 * Words that say what a number names when it is not the amount asked: before it, a set, an exercise, which reps or a
 * road ("skip set two", "the last two were sloppy", "I-40", "exit 12"); after it, sets, days or a distance ("two sets
 * left", "ten miles out"). Lengths of time are TIME_UNITS.
 */
export const NAMES_BEFORE_NUMBER: readonly string[] = ['set', 'round', 'exercise', 'number', 'last', 'first', 'interstate', 'highway', 'route', 'exit', 'mile', 'i'];
export const NAMES_AFTER_NUMBER: readonly string[] = ['sets', 'set', 'rounds', 'exercises', 'miles', 'mile', 'days', 'day', 'weeks', 'week', 'times', "o'clock", 'am', 'pm'];

/** Words after a number that make it a length of time, not a count. */
export const TIME_UNITS: readonly string[] = ['second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs'];
