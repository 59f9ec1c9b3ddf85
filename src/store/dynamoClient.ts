/**
 * The DynamoDB client the user store talks through, with its retries and timeouts chosen for a voice turn.
 *
 * A turn must be answered within Alexa's 8 s (Dialogflow's 5 s), and the store's own deadline for one update is
 * 3 s (see DynamoUserStore). Inside it:
 * - every HTTP attempt is given up after 1 s (DynamoDB answers a single-item request in milliseconds; an
 *   attempt that has taken a second is lost, and a fresh one on a new connection is the better bet), and a
 *   connection that is not up within 500 ms is given up too;
 * - the SDK's standard retry strategy tries each request at most 3 times, with jittered backoff, for throttling,
 *   5xx and timeouts. More attempts would not fit: the store's deadline stops whatever is left, and the turn is
 *   answered "please say that again" while there is still time to say it.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConnection {
  region: string;
  /** A DynamoDB-compatible server (DynamoDB Local, dynalite) instead of the region's endpoint. */
  endpoint?: string | null;
  /**
   * Sign with fixed placeholder credentials: a local server checks none, and a machine running one often has no
   * AWS credentials at all. Otherwise the SDK's default chain is used (on Lambda: the function's role).
   */
  placeholderCredentials?: boolean;
}

export const DYNAMO_MAX_ATTEMPTS = 3;
export const DYNAMO_ATTEMPT_TIMEOUT_MS = 1000;
export const DYNAMO_CONNECT_TIMEOUT_MS = 500;

export const createDynamoDocumentClient = ({ region, endpoint, placeholderCredentials = false }: DynamoConnection): DynamoDBDocumentClient => {
  const client = new DynamoDBClient({
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(placeholderCredentials ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    retryMode: 'standard',
    maxAttempts: DYNAMO_MAX_ATTEMPTS,
    requestHandler: {
      connectionTimeout: DYNAMO_CONNECT_TIMEOUT_MS,
      requestTimeout: DYNAMO_ATTEMPT_TIMEOUT_MS,
      // Without it a request past its timeout only logs a warning and keeps waiting.
      throwOnRequestTimeout: true,
    },
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
};
