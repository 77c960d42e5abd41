export {
  FileRequestError,
  downloadFile,
  fileNameOf,
  fileRequestError,
  saveFile,
} from './file-downloads';
