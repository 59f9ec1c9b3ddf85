/**
 * Everything the coach says in English. `{{name}}` is filled from the prompt's parameters; an array
 * holds variants, picked in turn so the coach does not sound like a recording.
 */
export const EN_US = {
  // First use
  WELCOME_NEW:
    'Welcome to Back Coach. I coach a one-sided back workout that evens out the side that sitting behind the wheel made weaker.',
  SAFETY_SHORT:
    "Quick note: this is general fitness information, not medical advice. If you have back pain now, start very light, and stop if anything hurts. The full notice is on your screen or in the app.",
  SAFETY_CARD_TITLE: 'Back Coach: safety notice',
  SAFETY_CARD:
    'Back Coach gives general fitness information for informational purposes only. It is not a substitute for professional medical advice, diagnosis or treatment. Always ask your physician or another qualified health provider about any medical condition or before starting a new exercise program. If you have existing pain, start with a very light weight and focus on perfect, controlled form. Stop any exercise that causes pain and never push through it; if pain persists, see a physician. If you think you may have a medical emergency, call your doctor or emergency services immediately. Never exercise while the vehicle may be moving.',
  ASK_UNITS: 'Should I count your weights in {{defaultUnitWords}}? Say yes, or say {{otherUnitWords}}.',
  ASK_UNITS_SHORT: 'Pounds or kilograms?',
  UNITS_SET: ['Okay, {{unitWords}} it is.', 'Got it, {{unitWords}}.'],
  ASK_WEAK_SIDE: 'Which side feels weaker to you, left or right?',
  ASK_WEAK_SIDE_SHORT: 'Which side is weaker, left or right?',
  WEAK_SIDE_SET: 'Got it: your {{side}} side is the weaker one. It always goes first, and it sets the number for the other side.',

  // Baseline test and retest
  TEST_INTRO_BASELINE:
    "Now the baseline test. It measures the gap we're going to close. Grab a moderately heavy dumbbell, one you could hold for about a minute: {{suggestion}}.",
  TEST_INTRO_RETEST:
    "Time for your retest: same test as your baseline, so we can see how much the gap has closed. Use the same dumbbell if you can: last time it was {{weightWords}}.",
  ASK_TEST_WEIGHT: 'How heavy is your dumbbell?',
  TEST_WEIGHT_SET: '{{weightWords}}.',
  TEST_WEAK_READY:
    'Single-arm row, {{side}} side, as many perfect reps as you can. Say go when you have the dumbbell in your {{side}} hand.',
  TEST_GO_WINDOW: 'Go. As many perfect reps as you can. If you finish early, just tell me your count.',
  ASK_TEST_COUNT: 'How many perfect reps did you get on your {{side}} side?',
  TEST_WEAK_LOGGED: '{{reps}} on the {{side}}.',
  TEST_STRONG_GO: 'Now your {{side}} side, as many perfect reps as you can. Go.',
  TEST_SIDES_SWAPPED:
    'Your {{newWeak}} side actually did fewer reps, so from now on your {{newWeak}} side is the weaker one: it goes first and sets the number.',
  TEST_RESULT: '{{weakSide}} {{weakReps}}, {{strongSide}} {{strongReps}}. That\'s a gap of {{gapReps}} {{repWord}}, {{gapPercent}} percent.',
  TEST_RESULT_EVEN: '{{weakSide}} {{weakReps}}, {{strongSide}} {{strongReps}}. No gap today: your sides are even.',
  TEST_RETEST_DATE: 'Your retest is on {{date}}.',
  RETEST_VS_BASELINE_CLOSED: 'At your baseline the gap was {{baseGap}} {{repWord}}, {{basePercent}} percent. You have closed {{closed}} of it.',
  RETEST_VS_BASELINE_SAME: 'At your baseline the gap was also {{baseGap}} {{repWord}}. Holding steady is normal early on; keep the weak side first and it will move.',
  RETEST_VS_BASELINE_WIDER:
    "At your baseline the gap was {{baseGap}} {{repWord}}. It's wider today. Progress isn't a straight line; a bad day happens. Keep the weak side first and let it set the number.",
  RETEST_VS_LAST: 'At your last retest it was {{lastGap}} {{repWord}}.',
  RETEST_WEIGHT_DIFFERS: 'Note: you used {{weightWords}} today and {{baseWeightWords}} at baseline, so the numbers are not exactly comparable.',
  EXPECTATIONS:
    "One thing to know: the first two weeks will feel wrong, and progress won't be a straight line. Stick with it; over six to eight weeks the weak side catches up.",
  OFFER_FIRST_WORKOUT: 'Do you want to start your first workout now?',
  OFFER_WORKOUT_AFTER_TEST: 'Do you want to do a workout now?',
  TEST_STOPPED_FOR_PAIN: "We'll stop the test here. When you test again, start very light.",

  // Workout
  WORKOUT_PLAN:
    'Today: three sets of single-arm rows, then a finisher for your weak side, two sets of band pulldowns, and two rounds of suitcase carries. Weak side first, every time.',
  PROGRESSION_APPLIED: 'You hit {{target}} on every row set two workouts in a row, so today the dumbbell goes up to {{weightWords}}.',
  SET_INTRO: 'Set {{set}} of {{sets}}: {{exercise}}{{weightPart}}, {{side}} side first.',
  SET_TARGET_REPS: 'Aim for {{target}} perfect reps.',
  SET_TARGET_CARRY: 'Carry it in your {{side}} hand for up to {{window}} seconds, walking tall without leaning. I\'ll call the time.',
  SAY_GO: 'Say go when you\'re set.',
  GO_REPS: ['Go. Perfect reps only. If you finish early, just tell me your count.', 'Go. Slow and strict. If you finish early, just tell me your count.'],
  GO_CARRY: 'Go. Walk tall.',
  CARRY_TIME: '{{seconds}} seconds.',
  CARRY_TIME_UP: 'Time. Put it down.',
  ASK_REPS: 'How many reps did you get on your {{side}} side?',
  ASK_SECONDS: 'How many seconds did you carry it in your {{side}} hand?',
  WEAK_LOGGED_REPS: ['{{count}} on the {{side}}.', 'Good, {{count}} on the {{side}}.'],
  WEAK_LOGGED_SECONDS: '{{count}} seconds on the {{side}}.',
  STRONG_SIDE_CAPPED:
    'Now your {{side}} side: exactly {{count}} {{repWord}}, then stop, even if you could do more. I\'ll count. Ready, go.',
  STRONG_SIDE_CAPPED_CARRY:
    'Now your {{side}} hand: exactly {{count}} seconds, then put it down, even if you could go longer. Go.',
  STOP_AT_CAP: 'Stop. That\'s {{count}}.',
  REST: ['Rest {{seconds}} seconds.', 'Good. Rest for {{seconds}} seconds.'],
  REST_UNTIMED: 'Rest for {{seconds}} seconds.',
  CARRY_TIMED_PART: 'Keep going on your own for {{more}} more seconds, then put it down.',
  REST_CUE: '{{seconds}} seconds.',
  REST_OVER: 'Rest is over.',
  FINISHER_INTRO:
    'Finisher: your {{side}} side only, {{min}} to {{max}} reps. Your {{strongSide}} side sits this one out.',
  ASK_FINISHER: 'How many reps did you get on the finisher?',
  FINISHER_LOGGED: '{{count}} on the finisher.',
  FINISHER_LOW: 'That still counts. Next time aim for {{min}}.',
  FINISHER_HIGH: 'Strong. Next time stop at {{max}}.',
  FINISHER_NOT_SKIPPABLE:
    "The finisher is the one set that closes the gap, so it's not skippable: just {{min}} to {{max}} reps, {{side}} side only.",
  NEXT_EXERCISE_SETUP_PULLDOWN: 'Next: band pulldowns. Anchor the band overhead.',
  NEXT_EXERCISE_SETUP_CARRY: 'Next: suitcase carries with your dumbbell.',
  WORKOUT_DONE: "That's the workout done. Rows today: {{rows}}.",
  PROGRESSION_EARNED: 'You hit {{target}} on every row set two workouts in a row, so next workout the dumbbell goes up to {{weightWords}}.',
  PROGRESSION_HALFWAY: 'You hit {{target}} on every row set today. Do it once more next workout and the weight goes up.',
  NEXT_WORKOUT_DAY: 'Rest tomorrow. Your next workout can be on {{day}}.',
  GOODBYE_AFTER_WORKOUT: 'Good work. On the road, remember your posture breaks.',
  WORKOUT_CARD_TITLE: 'Back Coach: workout',

  // Sets and steps spoken names
  EXERCISE_row: 'single-arm dumbbell row',
  EXERCISE_pulldown: 'single-arm band pulldown',
  EXERCISE_carry: 'suitcase carry',
  EXERCISE_PLURAL_row: 'rows',
  EXERCISE_PLURAL_pulldown: 'band pulldowns',
  EXERCISE_PLURAL_carry: 'suitcase carries',
  UNIT_WORDS_lb: 'pounds',
  UNIT_WORDS_kg: 'kilograms',
  WEIGHT_WORDS_lb: '{{weight}} pounds',
  WEIGHT_WORDS_kg: '{{weight}} kilos',

  // Schedule
  TRAINED_YESTERDAY:
    'You trained yesterday. Your back gets stronger on the rest days, so three workouts a week, never two days in a row. Today is a rest day.',
  TRAINED_TODAY: "You've already trained today. Rest is part of the program: your next workout can be on {{day}}.",
  OFFER_POSTURE_BREAK: 'Do you want the two-minute posture break instead?',
  OFFER_RETEST: "It's been {{days}} days since your last test. Do you want to retest now?",
  OFFER_WORKOUT: 'Ready to start your workout?',
  WELCOME_BACK: ['Welcome back.', 'Good to hear from you.'],
  WORKOUT_TODAY: 'Today is a workout day, with {{weightWords}} for your rows.',
  OFFER_RESUME: 'You stopped your workout {{when}} at {{exercise}}, set {{set}} of {{sets}}. Do you want to pick up where you left off?',
  OFFER_RESUME_FINISHER: 'You stopped your workout {{when}} just before the row finisher. Do you want to pick up where you left off?',
  RESUME_SHORT: 'Do you want to pick up where you left off?',
  OFFER_RETEST_SHORT: 'Do you want to retest now?',
  SWITCH_DURING_TEST: 'The test itself will tell us which side is weaker, so let\'s finish it first.',
  RESUME_DECLINED: "Okay, I've put that workout away.",
  TEST_IN_PROGRESS: 'You were in the middle of your {{testName}}.',
  TEST_NAME_baseline: 'baseline test',
  TEST_NAME_retest: 'retest',
  NEED_BASELINE_FIRST: 'Before your first workout we need your baseline, so we know the gap.',
  NO_TRAINING: 'Okay, enjoy the rest day.',
  POSTURE_BREAK:
    'Posture break. Get out of the cab and grab your band. Hold it at shoulder height with straight arms, and pull it apart until it touches your chest. {{reps}} pull-aparts, I\'ll count. Go.',
  POSTURE_BREAK_DONE: 'Stop. Roll your shoulders back and stand tall for a few breaths. That\'s your posture break.',
  ROAD_TIPS:
    'On the road: every 60 to 90 minutes, take a 2-minute break. Get out of the cab and do {{reps}} band pull-aparts. While you drive, put a small rolled-up towel in the small of your back to keep your spine neutral.',
  IN_VEHICLE:
    "You're in the cab, and I never coach exercises while the truck may be moving. I'll coach you once you're parked, on your phone or on a hotel Echo.",
  DRIVE_SAFE: 'Drive safe.',

  // Anywhere
  WHY_ONE_SIDE:
    "In any two-handed lift, your stronger side does 60 to 70 percent of the work, so the gap grows. With a 20 percent imbalance, adding 20 pounds to a bar adds about 14 pounds for your strong side and only 6 for your weak side. Working one side at a time makes the weak side do all of its own work, and over 6 to 8 weeks it catches up.",
  HELP_WORKOUT:
    "When I ask, just say your count, like 'twelve'. You can also say pause, skip, repeat, what's next, how am I doing, make it 35 pounds, I lost form, or my back hurts. Say stop and I'll save your place.",
  HELP_GENERAL:
    "I coach a one-sided back workout, three times a week. You can say start my workout, start the baseline test, how am I doing, why one side, break reminders, or delete my data.",
  PROGRESS_NO_BASELINE: "You haven't done your baseline test yet, so there's nothing to compare. Say start the baseline test when you have a dumbbell handy.",
  PROGRESS_BASELINE: 'Your baseline gap was {{gapReps}} {{repWord}}, {{gapPercent}} percent, on {{date}}.',
  PROGRESS_LATEST_RETEST: 'Your latest retest shows {{gapReps}} {{repWord}}, {{gapPercent}} percent.',
  PROGRESS_WORKOUTS: "You've done {{total}} {{workoutWord}} so far, {{thisWeek}} in the last seven days. You're rowing {{weightWords}}.",
  PROGRESS_STREAK: 'Your last workout hit {{target}} on every row set: one more like it and the weight goes up.',
  PROGRESS_RETEST_DUE: 'Your retest is due: say retest when you have a dumbbell handy.',
  PROGRESS_NEXT_RETEST: 'Your next retest is on {{date}}.',
  NOT_IN_WORKOUT: "We're not in a workout right now.",
  WHATS_NEXT_SET: 'Next up: {{exercise}}, set {{set}} of {{sets}}, {{side}} side.',
  WHATS_NEXT_FINISHER: 'Next up: the finisher, {{side}} side only.',
  WHATS_NEXT_AFTER: 'After that: {{rest}}.',
  WHATS_NEXT_LAST: 'That is the last thing in today\'s workout.',
  WHATS_NEXT_TEST: 'Next up: the {{side}} side of your test.',
  WHATS_NEXT_IDLE: 'Your next workout can be on {{day}}.',
  WHATS_NEXT_TODAY: 'Your next workout can be today.',
  PAUSED: 'Paused. Take your time.',
  ASK_RESUME: "Say resume when you're ready to go on.",
  NOTHING_TO_RESUME: "There's nothing paused right now.",
  STOPPED_SAVED: "Okay, I've saved your place: {{exercise}}, set {{set}}. Next time you open Back Coach, we'll pick up right there.",
  STOPPED_TEST_SAVED: "Okay, I've saved your test. Next time you open Back Coach, we'll pick up where you stopped.",
  GOODBYE: ['Goodbye. Stand tall.', 'See you next time. Remember your posture breaks.'],
  REPEAT_NOTHING: "There's nothing to repeat yet.",
  STARTING_OVER_WORKOUT: "Okay, starting today's workout again from the first set.",
  STARTING_OVER_TEST: 'Okay, starting the test again.',
  SKIPPED_EXERCISE: 'Skipping the {{exercisePlural}}.',
  SKIPPED_REST: 'Skipping the rest.',
  NOTHING_TO_SKIP: 'There is nothing to skip right now.',
  TEST_NOT_SKIPPABLE: 'The test needs both sides to find your gap. If you want to stop, say stop and I will save it.',
  PAIN_WORKOUT:
    "Stop the {{exercisePlural}} now. Don't push through pain. If it keeps hurting, see a physician. I've noted it.",
  PAIN_TEST: "Stop now. Don't push through pain. If it keeps hurting, see a physician. I've noted it.",
  PAIN_IDLE:
    "I'm sorry it hurts. Don't train through pain: if you work out today, go very light and keep the form controlled, and stop if it hurts. If it keeps hurting, see a physician. I've noted it.",
  ASK_AFTER_PAIN: 'Do you want to go on to the {{exercisePlural}}, or stop for today?',
  PAIN_END: "Okay, we'll stop here for today. Take it easy.",
  LOST_FORM_LOGGED:
    "Noted: set {{set}} of {{exercisePlural}} won't count toward a weight increase. Keep every rep strict; slow down, or drop the weight if you need to.",
  LOST_FORM_FINISHER: "Noted. The finisher doesn't count toward a weight increase anyway; keep it strict next time.",
  LOST_FORM_UPCOMING: "Okay, this set won't count toward a weight increase. When the form goes, end the set there.",
  LOST_FORM_TEST: 'For the test, count only the perfect reps, up to where the form broke.',
  LOST_FORM_NOTHING: 'Thanks. Keep the form strict every rep: that is what makes it count.',
  WEIGHT_CHANGED: 'Okay, {{weightWords}} from now on.',
  WEIGHT_CONVERTED: '{{said}} is about {{weightWords}}.',
  ASK_NEW_WEIGHT: 'What weight do you want to use?',
  CONFIRM_WEIGHT: "That's a big change from {{previousWords}}. Did you say {{weightWords}}?",
  UNITS_CHANGED: 'Okay, {{unitWords}} from now on.',
  UNITS_WEIGHT_CONVERTED: 'Your dumbbell weight is now {{weightWords}}.',
  WEAK_SIDE_SWITCHED: 'Okay, your {{side}} side is the weaker one from now on. It goes first and sets the number.',
  WEAK_SIDE_SWITCHED_NEXT_SET: 'Okay, from the next set on your {{side}} side is the weaker one. Finish this set as it is.',
  WEAK_SIDE_ALREADY: 'Your {{side}} side is already the weaker one.',
  SIDE_HINT: "If you want to change your weaker side, say 'my weak side is the {{side}}'.",
  COUNT_MISSING_REPS: "I didn't catch the number.",
  COUNT_ZERO: "Zero doesn't sound right. If that set didn't happen, say skip.",
  COUNT_ZERO_TEST: "Zero doesn't sound right. If you can't do one perfect rep, pick a lighter dumbbell.",
  COUNT_TOO_HIGH_REPS: "More than {{max}} reps sounds like I misheard.",
  COUNT_TOO_HIGH_SECONDS: 'More than {{max}} seconds sounds like I misheard.',
  COUNT_NOT_WHOLE: 'I need a whole number.',
  CONFIRM_COUNT: 'That is a big change from {{previous}}. Did you say {{count}}?',
  CONFIRM_COUNT_SHORT: 'Was that {{count}}?',
  ASK_COUNT_AGAIN: 'Okay, what was the number?',
  WEIGHT_MISSING: "I didn't catch the weight.",
  WEIGHT_OUT_OF_RANGE: "{{weightWords}} doesn't sound right for one dumbbell. Tell me a weight between {{min}} and {{max}} {{unitWords}}.",
  NUMBER_UNEXPECTED: "I'm not sure what that number is for.",
  FALLBACK: ["Sorry, I didn't get that.", "Sorry, I missed that."],
  CONFIRM_DELETE:
    'This deletes everything Back Coach knows about you: your tests, workouts and settings. It cannot be undone. Are you sure?',
  CONFIRM_DELETE_SHORT: 'Should I delete all your data?',
  DELETED: 'Done. Everything is deleted. If you come back, we start fresh. Goodbye.',
  DELETE_CANCELLED: 'Okay, nothing was deleted.',
  YES_NO_UNEXPECTED: "I'm not sure what that answers.",
  ERROR: "Sorry, something went wrong on my side. Nothing you've done was lost. Please say that again.",
  ERROR_BUSY: "Sorry, I was still busy with what you said a moment before, so I missed that. Say it again, please.",
  ERROR_STORE: "Sorry, I couldn't read your saved workouts just now, so I didn't change anything. Please try again in a moment.",
  MAIN_MENU: 'You can start your workout, do a retest, or ask how you\'re doing. What would you like?',
  MAIN_MENU_SHORT: 'What would you like to do?',
  REST_DAY_MENU: 'You can ask how you\'re doing, or for break reminders. What would you like?',
} as const;

export type PromptKey = keyof typeof EN_US;
