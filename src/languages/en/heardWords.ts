/**
 * Things drivers ask a voice assistant that are not for the coach. The local NLU learns them as "none of the
 * intents", so a line about the road, the radio or the weather is not read as the nearest workout intent; they are the
 * fallback intent's samples on both platforms, which Alexa's out-of-domain model and Dialogflow's negative examples learn.
 */
export const OFF_TOPIC_PHRASES: readonly string[] = [
  'turn on the radio', 'play a podcast', 'play some country music', 'navigate to the nearest rest area', 'text my dispatcher',
  'read my messages', 'what is the score of the game', 'who won the game last night', 'set an alarm for six', 'add milk to my list',
  "what's traffic like on the interstate", 'find the nearest truck wash', 'tell me the news', "what's the forecast for tomorrow",
  'is it going to rain', 'call my brother', 'send a text to my wife', 'order a burger', 'where can I park for the night',
  'how many miles to chicago', 'what time does the scale open', 'tell me a story', 'sing me a song', 'what day is it',
  'how hot is it outside', 'find me a diner', 'what is the speed limit here', 'book a motel room', 'check my bank balance',
  'what is two plus two', 'open spotify', 'turn up the volume', 'who is the president',
  // Questions from the road, which share words with the coach's own ("how far", "next", "how much", "closed").
  'how far is it to the next exit', 'how much does fuel cost here', 'is the highway open past denver', 'are the roads icy up north',
  'where is the closest weigh station', 'how long until I get to memphis', 'find a truck stop with showers',
  "what's the cheapest diesel near me", 'is there construction on the interstate', 'any accidents on interstate seventy',
  'how is the traffic in dallas', 'when does my delivery window open', 'what is my load number', 'call dispatch',
  'is the mountain pass closed', 'how windy is it on the bridge', 'what exit is the walmart', 'how many hours can I still drive',
  'where can I get a hot meal', 'is the rest area open tonight', 'what is the toll on this road', 'how much is a gallon of diesel',
  // Whether a road or a place is open, and what things cost: said with the coach's own words ("closed", "how much").
  'is the interstate closed', 'is the highway closed', 'is the road closed ahead', 'are the roads closed up north',
  'is the bridge closed', 'is the tunnel open', 'is the weigh station open', 'is the scale open today', 'is the truck stop open',
  'is the diner still open', 'are chains required on the pass', 'is the pass open tonight', 'is the exit closed',
  'is there a detour ahead', 'is traffic backed up ahead', 'is there an accident ahead', 'how bad is traffic through town',
  'how much is fuel today', 'how much is a gallon of gas', 'what is diesel going for', 'how much is a shower at the truck stop',
  'how much is parking tonight', 'how far is the next truck stop', 'how long is the detour', 'when does the rest area close',
  'is the road open through the pass', 'can I get through on the interstate', 'is it snowing through the mountains',
  'is traffic moving through town', 'is the highway open through the canyon', 'how long to get through the city',
  // Remarks about the day and the road, said to whoever is in the cab: they share "nice", "out", "today" with the coach.
  'beautiful day out here', "it's raining hard out here", "sun's finally out", 'nice weather for driving', "it's cold out today",
  'pretty sunset tonight', 'the wind is bad on this stretch', 'roads are wet today', 'lovely morning', 'foggy out this morning',
];

/**
 * Words that carry no subject of their own (articles, pronouns, prepositions, the verbs "be", "have" and "do"): what a
 * line is about is in its other words, so the local NLU weighs how many of those it knows.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'i', "i'm", 'me', 'my', 'you', "you're", 'your', 'we', 'us',
  'our', 'he', 'him', 'his', 'she', 'her', 'it', "it's", 'its', 'they', 'them', 'their', 'there', "there's", 'here', 'of', 'on',
  'in', 'at', 'to', 'for', 'from', 'with', 'by', 'about', 'up', 'out', 'off', 'into', 'onto', 'over', 'and', 'or', 'but', 'so',
  'is', 'are', 'was', 'were', 'be', 'been', 'am', "'s", 'do', 'does', 'did', 'have', 'has', 'had', 'got', 'gotta', 'just',
  'very', 'really', 'all', 'lot', 'if', 'then', 'than', 'too', "they're", 'theyre', "that's", 'thats', 'im', "we're", "i've", 'ive',
  "it'll", "i'll", 'ill',
];

/** Words said to the coach rather than about the workout, at the end of a line: "time to work out, buddy". */
export const ADDRESS_WORDS: readonly string[] = ['buddy', 'bud', 'man', 'dude', 'pal', 'coach', 'boss', 'please', 'thanks'];
