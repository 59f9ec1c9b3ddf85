/**
 * The English words the coach reads a line by: what is a body part and a complaint (pain), a unit, a time zone, a
 * yes, a no, a wait, a correction. The same tables are the values of the language model's slot types (units, body
 * parts, complaints, time zones), so Alexa, Dialogflow and the local NLU hear what these rules read.
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

/**
 * How a body part can be said to hurt. The complaints `alone` say pain with no body part ("that hurts", "I'm in pain");
 * the others say it with one ("my elbow's acting up", "tweaked my back", "left side's killing me").
 */
export const COMPLAINTS: readonly { id: string; alone: boolean; names: readonly string[] }[] = [
  { id: 'hurts', alone: true, names: ['hurts', 'hurt', 'hurting', 'aching', 'aches', 'ache', 'achy', 'painful', 'in pain', 'pain'] },
  { id: 'injured', alone: true, names: ['injured', 'injury', 'spasm', 'spasms', 'sciatica', 'cramp', 'cramping', 'cramped'] },
  { id: 'acting up', alone: false, names: ['acting up', 'killing me', 'barking', 'screaming', 'bugging me', 'giving me trouble', 'not right', 'messed up', 'jacked up', 'grabbing', 'clicking', 'grinding'] },
  { id: 'tweaked', alone: false, names: ['tweaked', 'pulled', 'strained', 'sprained', 'twisted', 'popped', 'snapped', 'gave out', 'giving out', 'went out', 'tweaky', 'kinked', 'a kink', 'cracked', 'a crack', 'a pop'] },
  { id: 'tight', alone: false, names: ['tight', 'stiff', 'locked up', 'seized up', 'sore', 'tender', 'spasming', 'blocked'] },
  { id: 'sharp', alone: false, names: ['sharp', 'stabbing', 'shooting', 'burning', 'on fire', 'pinching', 'pinched', 'throbbing', 'zinging', 'a zing', 'stinging', 'a sting', 'a twinge'] },
  { id: 'numb', alone: false, names: ['numb', 'tingling', 'tingly', 'pins and needles'] },
];

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
export const QUIT_VERBS: readonly string[] = ['quit', 'abort', 'end', 'cancel', 'stop', 'scrap', 'ditch', 'kill', 'call off', 'bail on'];

/** What a quit verb ends: the workout. */
export const WORKOUT_WORDS: readonly string[] = ['workout', 'workouts', 'session', 'training', 'exercise', 'exercises', 'lifting'];

/** Words that open a wish before its verb: "let's quit", "I want to end", "can we cancel". */
export const WISH_OPENINGS: readonly string[] = [
  "let's", 'let us', 'i want to', 'i wanna', 'i need to', "i'd like to", 'can we', 'can you', 'could we', 'could you', 'please',
  'just', 'we can', "i'm gonna", "i'm going to", 'go ahead and',
];

/** Parts of the day that say which half of the clock an hour is in ("nine at night", "six in the morning"). */
export const DAY_PARTS: readonly { words: string; afternoon: boolean }[] = [
  { words: 'in the morning', afternoon: false }, { words: 'morning', afternoon: false }, { words: 'am', afternoon: false },
  { words: 'a m', afternoon: false }, { words: 'in the afternoon', afternoon: true }, { words: 'afternoon', afternoon: true },
  { words: 'in the evening', afternoon: true }, { words: 'evening', afternoon: true }, { words: 'in the night', afternoon: true },
  { words: 'at night', afternoon: true }, { words: 'night', afternoon: true }, { words: 'tonight', afternoon: true },
  { words: 'pm', afternoon: true }, { words: 'p m', afternoon: true },
];

/** Lines that start with these ask the coach to wait. */
export const WAIT_OPENINGS: readonly string[] = [
  'hold on', 'hang on', 'hold up', 'wait', 'wait up', 'one sec', 'one second', 'one moment', 'just a sec', 'just a second',
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
];

/**
 * Words that say what a number names when it is not the amount asked: before it, a set, an exercise, which reps or a
 * road ("skip set two", "the last two were sloppy", "I-40", "exit 12"); after it, sets, days or a distance ("two sets
 * left", "ten miles out"). Lengths of time are TIME_UNITS.
 */
export const NAMES_BEFORE_NUMBER: readonly string[] = ['set', 'round', 'exercise', 'number', 'last', 'first', 'interstate', 'highway', 'route', 'exit', 'mile', 'i'];
export const NAMES_AFTER_NUMBER: readonly string[] = ['sets', 'set', 'rounds', 'exercises', 'miles', 'mile', 'days', 'day', 'weeks', 'week', 'times', "o'clock", 'am', 'pm'];

/** Words after a number that make it a length of time, not a count. */
export const TIME_UNITS: readonly string[] = ['second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs'];
