/**
 * Held-out phrasings: how a truck driver might talk to Back Coach mid-workout, written without
 * looking at the training phrases, so they measure how well the language model generalises.
 * Spoken style as a recogniser would transcribe it: lower case, no punctuation, numbers as words or digits.
 * Slot values are canonical: numbers as digit strings, units "lb" or "kg", sides "left" or "right".
 */
export interface HeldOutPhrasing {
  text: string;
  intent: string;
  slots?: Record<string, string>;
}

export const HELD_OUT_PHRASINGS: readonly HeldOutPhrasing[] = [
  // AMAZON.YesIntent
  { text: 'yeah', intent: 'AMAZON.YesIntent' },
  { text: 'yep', intent: 'AMAZON.YesIntent' },
  { text: 'uh huh', intent: 'AMAZON.YesIntent' },
  { text: "yes ma'am", intent: 'AMAZON.YesIntent' },
  { text: 'sure thing', intent: 'AMAZON.YesIntent' },
  { text: 'you bet', intent: 'AMAZON.YesIntent' },
  { text: 'yeah that sounds good', intent: 'AMAZON.YesIntent' },
  { text: 'okay sure why not', intent: 'AMAZON.YesIntent' },
  { text: "that's right", intent: 'AMAZON.YesIntent' },
  { text: 'yes please', intent: 'AMAZON.YesIntent' },
  { text: 'absolutely', intent: 'AMAZON.YesIntent' },
  { text: 'affirmative', intent: 'AMAZON.YesIntent' },

  // AMAZON.NoIntent
  { text: 'nope', intent: 'AMAZON.NoIntent' },
  { text: 'nah', intent: 'AMAZON.NoIntent' },
  { text: 'no thanks', intent: 'AMAZON.NoIntent' },
  { text: 'not right now', intent: 'AMAZON.NoIntent' },
  { text: 'nah not today', intent: 'AMAZON.NoIntent' },
  { text: "i'd rather not", intent: 'AMAZON.NoIntent' },
  { text: 'negative', intent: 'AMAZON.NoIntent' },
  { text: 'no not yet', intent: 'AMAZON.NoIntent' },
  { text: 'uh no', intent: 'AMAZON.NoIntent' },
  { text: "no that's not right", intent: 'AMAZON.NoIntent' },
  { text: 'not really', intent: 'AMAZON.NoIntent' },

  // AMAZON.StopIntent
  { text: 'stop', intent: 'AMAZON.StopIntent' },
  { text: 'quit', intent: 'AMAZON.StopIntent' },
  { text: "i'm done for today", intent: 'AMAZON.StopIntent' },
  { text: "that's it for me today", intent: 'AMAZON.StopIntent' },
  { text: 'end the workout', intent: 'AMAZON.StopIntent' },
  { text: 'okay shut it off', intent: 'AMAZON.StopIntent' },
  { text: "i gotta roll dispatch is calling so let's end it here", intent: 'AMAZON.StopIntent' },
  { text: 'exit', intent: 'AMAZON.StopIntent' },
  { text: 'stop the session', intent: 'AMAZON.StopIntent' },
  { text: "i'm calling it quits", intent: 'AMAZON.StopIntent' },
  { text: "alright we're finished goodbye", intent: 'AMAZON.StopIntent' },

  // AMAZON.CancelIntent
  { text: 'cancel', intent: 'AMAZON.CancelIntent' },
  { text: 'never mind', intent: 'AMAZON.CancelIntent' },
  { text: 'forget it', intent: 'AMAZON.CancelIntent' },
  { text: 'cancel that', intent: 'AMAZON.CancelIntent' },
  { text: 'eh never mind forget i said anything', intent: 'AMAZON.CancelIntent' },
  { text: 'scratch that cancel', intent: 'AMAZON.CancelIntent' },

  // AMAZON.HelpIntent
  { text: 'help', intent: 'AMAZON.HelpIntent' },
  { text: 'what can i say', intent: 'AMAZON.HelpIntent' },
  { text: 'how does this thing work', intent: 'AMAZON.HelpIntent' },
  { text: 'what are my options', intent: 'AMAZON.HelpIntent' },
  { text: "i'm lost what am i supposed to say here", intent: 'AMAZON.HelpIntent' },
  { text: 'could you help me out', intent: 'AMAZON.HelpIntent' },
  { text: 'what commands do you understand', intent: 'AMAZON.HelpIntent' },

  // AMAZON.PauseIntent
  { text: 'pause', intent: 'AMAZON.PauseIntent' },
  { text: 'hold on', intent: 'AMAZON.PauseIntent' },
  { text: 'wait', intent: 'AMAZON.PauseIntent' },
  { text: 'hang on a sec', intent: 'AMAZON.PauseIntent' },
  { text: 'hold up', intent: 'AMAZON.PauseIntent' },
  { text: 'give me a minute', intent: 'AMAZON.PauseIntent' },
  { text: "phone's ringing pause it", intent: 'AMAZON.PauseIntent' },
  { text: 'could you pause the workout for a bit', intent: 'AMAZON.PauseIntent' },
  { text: "somebody's knocking on the cab hold everything", intent: 'AMAZON.PauseIntent' },
  { text: 'wait up i need to grab some water', intent: 'AMAZON.PauseIntent' },
  { text: 'put it on hold', intent: 'AMAZON.PauseIntent' },

  // AMAZON.ResumeIntent
  { text: 'resume', intent: 'AMAZON.ResumeIntent' },
  { text: "okay i'm back", intent: 'AMAZON.ResumeIntent' },
  { text: 'continue', intent: 'AMAZON.ResumeIntent' },
  { text: "let's keep going", intent: 'AMAZON.ResumeIntent' },
  { text: 'pick up where we left off', intent: 'AMAZON.ResumeIntent' },
  { text: 'unpause', intent: 'AMAZON.ResumeIntent' },
  { text: 'alright sorry about that carry on', intent: 'AMAZON.ResumeIntent' },

  // AMAZON.RepeatIntent
  { text: 'say that again', intent: 'AMAZON.RepeatIntent' },
  { text: 'repeat that', intent: 'AMAZON.RepeatIntent' },
  { text: 'come again', intent: 'AMAZON.RepeatIntent' },
  { text: 'sorry what was that', intent: 'AMAZON.RepeatIntent' },
  { text: "i didn't catch that the engine's loud", intent: 'AMAZON.RepeatIntent' },
  { text: 'could you repeat the last part', intent: 'AMAZON.RepeatIntent' },
  { text: 'what did you say', intent: 'AMAZON.RepeatIntent' },

  // AMAZON.NextIntent
  { text: 'next', intent: 'AMAZON.NextIntent' },
  { text: 'next please', intent: 'AMAZON.NextIntent' },
  { text: 'move on', intent: 'AMAZON.NextIntent' },
  { text: 'okay go to the next one', intent: 'AMAZON.NextIntent' },
  { text: "let's move along", intent: 'AMAZON.NextIntent' },
  { text: 'on to the next thing', intent: 'AMAZON.NextIntent' },

  // AMAZON.StartOverIntent
  { text: 'start over', intent: 'AMAZON.StartOverIntent' },
  { text: 'restart', intent: 'AMAZON.StartOverIntent' },
  { text: "let's start from the beginning", intent: 'AMAZON.StartOverIntent' },
  { text: 'take it from the top', intent: 'AMAZON.StartOverIntent' },
  { text: 'can we start the whole thing over', intent: 'AMAZON.StartOverIntent' },
  { text: 'begin again from scratch', intent: 'AMAZON.StartOverIntent' },

  // AMAZON.NavigateHomeIntent
  { text: 'main menu', intent: 'AMAZON.NavigateHomeIntent' },
  { text: 'go home', intent: 'AMAZON.NavigateHomeIntent' },
  { text: 'back to the main menu', intent: 'AMAZON.NavigateHomeIntent' },
  { text: 'take me to the home screen', intent: 'AMAZON.NavigateHomeIntent' },
  { text: 'uh go back to the menu please', intent: 'AMAZON.NavigateHomeIntent' },

  // CountIntent: reps
  { text: 'twelve', intent: 'CountIntent', slots: { count: '12' } },
  { text: '10', intent: 'CountIntent', slots: { count: '10' } },
  { text: 'i got eleven', intent: 'CountIntent', slots: { count: '11' } },
  { text: 'only managed six', intent: 'CountIntent', slots: { count: '6' } },
  { text: 'did 14 that time', intent: 'CountIntent', slots: { count: '14' } },
  { text: 'uh nine i think', intent: 'CountIntent', slots: { count: '9' } },
  { text: 'fifteen reps', intent: 'CountIntent', slots: { count: '15' } },
  { text: 'i did like thirteen', intent: 'CountIntent', slots: { count: '13' } },
  { text: 'got all 20', intent: 'CountIntent', slots: { count: '20' } },
  { text: "seven that's all i had", intent: 'CountIntent', slots: { count: '7' } },
  { text: 'i squeezed out eight', intent: 'CountIntent', slots: { count: '8' } },
  { text: 'okay so that was sixteen on that side', intent: 'CountIntent', slots: { count: '16' } },
  { text: 'five', intent: 'CountIntent', slots: { count: '5' } },
  { text: 'barely got four', intent: 'CountIntent', slots: { count: '4' } },
  { text: 'made it to 18', intent: 'CountIntent', slots: { count: '18' } },
  { text: 'that was ten reps', intent: 'CountIntent', slots: { count: '10' } },
  { text: 'three', intent: 'CountIntent', slots: { count: '3' } },
  // CountIntent: corrections
  { text: 'no fifteen', intent: 'CountIntent', slots: { count: '15' } },
  { text: 'wait no it was nine', intent: 'CountIntent', slots: { count: '9' } },
  { text: 'sorry i meant 12', intent: 'CountIntent', slots: { count: '12' } },
  { text: 'scratch that it was eleven', intent: 'CountIntent', slots: { count: '11' } },
  { text: 'correction seventeen', intent: 'CountIntent', slots: { count: '17' } },
  { text: 'actually make that ten', intent: 'CountIntent', slots: { count: '10' } },
  // CountIntent: durations
  { text: 'a minute', intent: 'CountIntent', slots: { count: '60' } },
  { text: 'about forty seconds', intent: 'CountIntent', slots: { count: '40' } },
  { text: 'forty five seconds', intent: 'CountIntent', slots: { count: '45' } },
  { text: 'a minute and a half', intent: 'CountIntent', slots: { count: '90' } },
  { text: 'held it for 30 seconds', intent: 'CountIntent', slots: { count: '30' } },
  { text: 'i carried it for about fifty seconds', intent: 'CountIntent', slots: { count: '50' } },
  { text: 'made it a full minute', intent: 'CountIntent', slots: { count: '60' } },
  { text: 'two minutes', intent: 'CountIntent', slots: { count: '120' } },
  { text: 'thirty five seconds', intent: 'CountIntent', slots: { count: '35' } },
  { text: 'i went 25 seconds', intent: 'CountIntent', slots: { count: '25' } },

  // WeightIntent
  { text: 'forty pounds', intent: 'WeightIntent', slots: { weight: '40', unit: 'lb' } },
  { text: 'the dumbbell is thirty five pounds', intent: 'WeightIntent', slots: { weight: '35', unit: 'lb' } },
  { text: 'make it 50', intent: 'WeightIntent', slots: { weight: '50' } },
  { text: 'switch to twenty kilos', intent: 'WeightIntent', slots: { weight: '20', unit: 'kg' } },
  { text: "i'm using a 25", intent: 'WeightIntent', slots: { weight: '25' } },
  { text: "it's a 30 pound dumbbell", intent: 'WeightIntent', slots: { weight: '30', unit: 'lb' } },
  { text: 'bump it up to forty five', intent: 'WeightIntent', slots: { weight: '45' } },
  { text: 'drop the weight down to twenty pounds', intent: 'WeightIntent', slots: { weight: '20', unit: 'lb' } },
  { text: 'fifteen kilograms', intent: 'WeightIntent', slots: { weight: '15', unit: 'kg' } },
  { text: 'the bell weighs 18 kg', intent: 'WeightIntent', slots: { weight: '18', unit: 'kg' } },
  { text: 'i only brought the fifty five pound dumbbell today', intent: 'WeightIntent', slots: { weight: '55', unit: 'lb' } },
  { text: "uh i've got the sixty pound one", intent: 'WeightIntent', slots: { weight: '60', unit: 'lb' } },
  { text: 'change the weight to 22 kilos', intent: 'WeightIntent', slots: { weight: '22', unit: 'kg' } },
  { text: "i'm going with seventy five pounds", intent: 'WeightIntent', slots: { weight: '75', unit: 'lb' } },
  { text: 'set the dumbbell to 10 kilograms', intent: 'WeightIntent', slots: { weight: '10', unit: 'kg' } },
  { text: 'go heavier use thirty', intent: 'WeightIntent', slots: { weight: '30' } },
  { text: 'my dumbbell is 12 kilos', intent: 'WeightIntent', slots: { weight: '12', unit: 'kg' } },

  // UnitsIntent
  { text: 'pounds', intent: 'UnitsIntent', slots: { unit: 'lb' } },
  { text: 'kilograms', intent: 'UnitsIntent', slots: { unit: 'kg' } },
  { text: 'use pounds please', intent: 'UnitsIntent', slots: { unit: 'lb' } },
  { text: 'i go by kilos', intent: 'UnitsIntent', slots: { unit: 'kg' } },
  { text: 'switch the units to kilograms', intent: 'UnitsIntent', slots: { unit: 'kg' } },
  { text: "pounds is what i'm used to", intent: 'UnitsIntent', slots: { unit: 'lb' } },
  { text: 'can you do everything in pounds', intent: 'UnitsIntent', slots: { unit: 'lb' } },
  { text: 'kilos', intent: 'UnitsIntent', slots: { unit: 'kg' } },

  // SideIntent
  { text: 'left', intent: 'SideIntent', slots: { side: 'left' } },
  { text: 'my right', intent: 'SideIntent', slots: { side: 'right' } },
  { text: 'the left side is weaker', intent: 'SideIntent', slots: { side: 'left' } },
  { text: 'right arm for sure', intent: 'SideIntent', slots: { side: 'right' } },
  { text: "probably my left that's the arm that hangs out the window all day", intent: 'SideIntent', slots: { side: 'left' } },
  { text: "it's the right one", intent: 'SideIntent', slots: { side: 'right' } },
  { text: 'my left is the weak side', intent: 'SideIntent', slots: { side: 'left' } },
  { text: 'right side', intent: 'SideIntent', slots: { side: 'right' } },

  // SwitchWeakSideIntent
  { text: 'switch my weak side', intent: 'SwitchWeakSideIntent' },
  { text: 'actually the other side is weaker', intent: 'SwitchWeakSideIntent' },
  { text: 'i had it backwards my left is actually the weak one', intent: 'SwitchWeakSideIntent', slots: { side: 'left' } },
  { text: 'change my weak side to the right', intent: 'SwitchWeakSideIntent', slots: { side: 'right' } },
  { text: 'i think you got my sides mixed up swap them', intent: 'SwitchWeakSideIntent' },
  { text: 'turns out my right is weaker not my left', intent: 'SwitchWeakSideIntent', slots: { side: 'right' } },

  // ReadyIntent
  { text: 'ready', intent: 'ReadyIntent' },
  { text: 'go', intent: 'ReadyIntent' },
  { text: "i'm ready", intent: 'ReadyIntent' },
  { text: 'okay starting the set now', intent: 'ReadyIntent' },
  { text: "weight's in my hand go ahead and count me in", intent: 'ReadyIntent' },
  { text: 'in position', intent: 'ReadyIntent' },
  { text: 'alright here we go', intent: 'ReadyIntent' },
  { text: 'alright lifting now', intent: 'ReadyIntent' },

  // StartWorkoutIntent
  { text: "start today's workout", intent: 'StartWorkoutIntent' },
  { text: 'i want to work out', intent: 'StartWorkoutIntent' },
  { text: "let's do my back workout", intent: 'StartWorkoutIntent' },
  { text: 'begin the workout', intent: 'StartWorkoutIntent' },
  { text: "okay i'm parked let's get a workout in", intent: 'StartWorkoutIntent' },
  { text: 'could you start my exercises for today', intent: 'StartWorkoutIntent' },
  { text: 'time to train', intent: 'StartWorkoutIntent' },

  // StartTestIntent
  { text: 'i want to do the strength test', intent: 'StartTestIntent' },
  { text: 'retest me', intent: 'StartTestIntent' },
  { text: "let's do the baseline test", intent: 'StartTestIntent' },
  { text: 'test my strength again', intent: 'StartTestIntent' },
  { text: 'can i redo the baseline', intent: 'StartTestIntent' },
  { text: "it's been a month so i guess i should take the test again", intent: 'StartTestIntent' },

  // ProgressIntent
  { text: "how am i doing", intent: 'ProgressIntent' },
  { text: "how's my progress", intent: 'ProgressIntent' },
  { text: 'is the gap closing', intent: 'ProgressIntent' },
  { text: 'how far behind is my weak side now', intent: 'ProgressIntent' },
  { text: 'am i getting any stronger', intent: 'ProgressIntent' },
  { text: 'give me my stats', intent: 'ProgressIntent' },
  { text: 'so uh how much better has my left gotten since i started', intent: 'ProgressIntent' },

  // WhatsNextIntent
  { text: "what's next", intent: 'WhatsNextIntent' },
  { text: "what's after this", intent: 'WhatsNextIntent' },
  { text: 'how much is left', intent: 'WhatsNextIntent' },
  { text: 'how many more sets do i have', intent: 'WhatsNextIntent' },
  { text: 'am i almost done', intent: 'WhatsNextIntent' },
  { text: 'what exercise is coming up', intent: 'WhatsNextIntent' },

  // WhyOneSideIntent
  { text: 'why only one arm at a time', intent: 'WhyOneSideIntent' },
  { text: 'why do we train one side', intent: 'WhyOneSideIntent' },
  { text: "what's the point of doing each side separately", intent: 'WhyOneSideIntent' },
  { text: "why can't i just do both arms together", intent: 'WhyOneSideIntent' },
  { text: 'explain why this is all single arm stuff', intent: 'WhyOneSideIntent' },
  { text: 'why is it one sided', intent: 'WhyOneSideIntent' },

  // PainIntent
  { text: 'ouch', intent: 'PainIntent' },
  { text: 'that hurt', intent: 'PainIntent' },
  { text: 'my back hurts', intent: 'PainIntent' },
  { text: 'ow ow my lower back', intent: 'PainIntent' },
  { text: 'i felt something pull', intent: 'PainIntent' },
  { text: 'got a sharp pain in my shoulder', intent: 'PainIntent' },
  { text: 'felt a twinge in my back on that last one', intent: 'PainIntent' },
  { text: 'something popped in my shoulder', intent: 'PainIntent' },
  { text: 'i think i tweaked my back', intent: 'PainIntent' },
  { text: 'my back just seized up', intent: 'PainIntent' },
  { text: "it's pinching between my shoulder blades", intent: 'PainIntent' },
  { text: 'my sciatica is acting up', intent: 'PainIntent' },
  { text: "there's a shooting pain down my arm", intent: 'PainIntent' },
  { text: 'that really hurts', intent: 'PainIntent' },
  { text: 'i think i pulled a muscle', intent: 'PainIntent' },
  { text: 'my neck is killing me', intent: 'PainIntent' },

  // LostFormIntent
  { text: 'my form broke down', intent: 'LostFormIntent' },
  { text: 'i was swinging it on the last few', intent: 'LostFormIntent' },
  { text: 'i cheated those last couple reps', intent: 'LostFormIntent' },
  { text: 'lost my form there', intent: 'LostFormIntent' },
  { text: 'i jerked it up with my hips', intent: 'LostFormIntent' },
  { text: 'those reps got pretty sloppy', intent: 'LostFormIntent' },
  { text: 'i was twisting my whole body to get it up', intent: 'LostFormIntent' },
  { text: 'kinda used momentum on that set', intent: 'LostFormIntent' },

  // SkipIntent
  { text: 'skip this one', intent: 'SkipIntent' },
  { text: 'skip this exercise', intent: 'SkipIntent' },
  { text: "i'll pass on this set", intent: 'SkipIntent' },
  { text: "let's skip the carries today", intent: 'SkipIntent' },
  { text: "i don't have a band with me skip the pulldowns", intent: 'SkipIntent' },
  { text: 'skip it', intent: 'SkipIntent' },

  // SkipRestIntent
  { text: 'skip the rest', intent: 'SkipRestIntent' },
  { text: "i don't need the rest", intent: 'SkipRestIntent' },
  { text: 'no need to rest', intent: 'SkipRestIntent' },
  { text: 'cut the rest short', intent: 'SkipRestIntent' },
  { text: "i'm already recovered skip the rest timer", intent: 'SkipRestIntent' },
  { text: "don't make me wait between sets", intent: 'SkipRestIntent' },

  // DeleteDataIntent
  { text: 'delete my data', intent: 'DeleteDataIntent' },
  { text: 'erase everything you have on me', intent: 'DeleteDataIntent' },
  { text: 'wipe my workout history', intent: 'DeleteDataIntent' },
  { text: 'clear all my records', intent: 'DeleteDataIntent' },
  { text: 'i want you to forget all my information', intent: 'DeleteDataIntent' },
  { text: 'please remove all my data', intent: 'DeleteDataIntent' },

  // BreakRemindersIntent
  { text: 'set break reminders', intent: 'BreakRemindersIntent' },
  { text: "i'm starting my drive", intent: 'BreakRemindersIntent' },
  { text: 'remind me to take breaks', intent: 'BreakRemindersIntent' },
  { text: 'heading out on a long haul remind me to stretch my back', intent: 'BreakRemindersIntent' },
  { text: 'give me some posture tips for the road', intent: 'BreakRemindersIntent' },
  { text: "what should i do for my back while i'm driving", intent: 'BreakRemindersIntent' },
  { text: 'turn on posture break reminders', intent: 'BreakRemindersIntent' },

  // AMAZON.FallbackIntent
  { text: "what's the weather in denver", intent: 'AMAZON.FallbackIntent' },
  { text: 'play some country music', intent: 'AMAZON.FallbackIntent' },
  { text: 'how far is the next truck stop', intent: 'AMAZON.FallbackIntent' },
  { text: 'tell me a joke', intent: 'AMAZON.FallbackIntent' },
  { text: 'what time is it', intent: 'AMAZON.FallbackIntent' },
  { text: 'call my wife', intent: 'AMAZON.FallbackIntent' },
  { text: 'order me a pizza', intent: 'AMAZON.FallbackIntent' },
  { text: 'who won the game last night', intent: 'AMAZON.FallbackIntent' },
  { text: 'is i 80 closed through wyoming', intent: 'AMAZON.FallbackIntent' },
  { text: 'how much is diesel right now', intent: 'AMAZON.FallbackIntent' },
  { text: 'find me a place to park overnight', intent: 'AMAZON.FallbackIntent' },
  { text: "what's the capital of montana", intent: 'AMAZON.FallbackIntent' },
  { text: 'my dog ate my sandwich', intent: 'AMAZON.FallbackIntent' },
  { text: "text my dispatcher i'm running late", intent: 'AMAZON.FallbackIntent' },

  // Reminders on the road, written when the reminder intents were added, before reading their samples.
  // BreakRemindersIntent
  { text: "i'm starting my drive", intent: 'BreakRemindersIntent' },
  { text: "i'm heading out set me some break reminders", intent: 'BreakRemindersIntent' },
  { text: 'remind me to take breaks on this run', intent: 'BreakRemindersIntent' },
  // DriveLengthIntent
  { text: 'five hours', intent: 'DriveLengthIntent', slots: { length: 'PT5H' } },
  { text: 'about six hours', intent: 'DriveLengthIntent', slots: { length: 'PT6H' } },
  { text: 'probably eight hours', intent: 'DriveLengthIntent', slots: { length: 'PT8H' } },
  { text: 'three and a half hours', intent: 'DriveLengthIntent', slots: { length: 'PT3H30M' } },
  { text: "it'll be about nine hours", intent: 'DriveLengthIntent', slots: { length: 'PT9H' } },
  { text: 'half an hour', intent: 'DriveLengthIntent', slots: { length: 'PT30M' } },
  { text: 'an hour and a half', intent: 'DriveLengthIntent', slots: { length: 'PT1H30M' } },
  { text: "i've got seven hours of driving", intent: 'DriveLengthIntent', slots: { length: 'PT7H' } },
  { text: 'around ten hours today', intent: 'DriveLengthIntent', slots: { length: 'PT10H' } },
  // BreakIntervalIntent
  { text: 'every sixty minutes', intent: 'BreakIntervalIntent', slots: { minutes: '60' } },
  { text: 'make it every 90 minutes', intent: 'BreakIntervalIntent', slots: { minutes: '90' } },
  { text: "let's do every ninety minutes", intent: 'BreakIntervalIntent', slots: { minutes: '90' } },
  // EndDriveIntent
  { text: "i'm done driving", intent: 'EndDriveIntent' },
  { text: "i'm parked for the night", intent: 'EndDriveIntent' },
  { text: 'done driving for today', intent: 'EndDriveIntent' },
  { text: 'i just parked the truck', intent: 'EndDriveIntent' },
  { text: "i'm off the road now", intent: 'EndDriveIntent' },
  { text: 'cancel my break reminders', intent: 'EndDriveIntent' },
  // WorkoutRemindersIntent
  { text: 'remind me to work out', intent: 'WorkoutRemindersIntent' },
  { text: 'set up workout reminders', intent: 'WorkoutRemindersIntent' },
  { text: 'can you remind me about my workouts', intent: 'WorkoutRemindersIntent' },
  { text: 'remind me to work out at seven in the morning', intent: 'WorkoutRemindersIntent', slots: { time: '07:00' } },
  { text: 'i want reminders on my workout days', intent: 'WorkoutRemindersIntent' },
  // TimeOfDayIntent
  { text: 'seven in the morning', intent: 'TimeOfDayIntent', slots: { time: '07:00' } },
  { text: 'six thirty in the evening', intent: 'TimeOfDayIntent', slots: { time: '18:30' } },
  { text: 'at noon', intent: 'TimeOfDayIntent', slots: { time: '12:00' } },
  { text: 'five in the afternoon', intent: 'TimeOfDayIntent', slots: { time: '17:00' } },
  { text: 'half past six in the morning', intent: 'TimeOfDayIntent', slots: { time: '06:30' } },
  // StopWorkoutRemindersIntent
  { text: 'stop the workout reminders', intent: 'StopWorkoutRemindersIntent' },
  { text: 'turn off my workout reminders', intent: 'StopWorkoutRemindersIntent' },
  { text: "i don't want workout reminders anymore", intent: 'StopWorkoutRemindersIntent' },
  { text: 'cancel the reminders to work out', intent: 'StopWorkoutRemindersIntent' },

  // Corrections and "done" as intents of their own, written before reading their samples.
  // CorrectionIntent
  { text: 'no wait it was eleven', intent: 'CorrectionIntent', slots: { count: '11' } },
  { text: 'correction fourteen', intent: 'CorrectionIntent', slots: { count: '14' } },
  { text: 'oops i meant nine', intent: 'CorrectionIntent', slots: { count: '9' } },
  { text: 'change that to twelve', intent: 'CorrectionIntent', slots: { count: '12' } },
  { text: 'no not fifteen sixteen', intent: 'CorrectionIntent', slots: { count: '16' } },
  // DoneIntent
  { text: "i'm done", intent: 'DoneIntent' },
  { text: 'finished', intent: 'DoneIntent' },
  { text: "that's all i've got", intent: 'DoneIntent' },
  { text: 'all done with that set', intent: 'DoneIntent' },
  { text: "okay i'm finished", intent: 'DoneIntent' },
  // A carry's time as a length of time (DurationType), written before reading its values.
  { text: 'i held it for a minute and ten seconds', intent: 'CountIntent', slots: { duration: 'PT1M10S' } },
  { text: 'about a minute', intent: 'CountIntent', slots: { duration: 'PT1M' } },
  { text: 'no it was a minute and a half', intent: 'CorrectionIntent', slots: { duration: 'PT1M30S' } },
];
