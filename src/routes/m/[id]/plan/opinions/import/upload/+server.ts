/** The opinions wizard reads its file the same way as the delegates' one (admin only, 5 MB). */
export { POST } from '../../../delegates/upload/+server';
