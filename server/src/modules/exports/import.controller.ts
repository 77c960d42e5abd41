import { Controller, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import { badInput } from '../../common/errors';
import { CurrentUser } from '../auth/auth.decorators';
import type { User } from '../users/user.entity';
import { HttpAppErrorFilter } from './http-errors.filter';
import { MAX_IMPORT_BYTES } from './import-columns';
import { ProjectImportService } from './project-import.service';

/** The request body as bytes: the client posts the .xlsx file itself, not a form. */
async function fileBody(request: Request): Promise<Buffer> {
  const tooLarge = () => badInput({ file: `文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB` });
  // A declared size over the limit is refused before a byte of it is read.
  if (Number(request.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  if (size === 0) throw badInput({ file: '请上传导入文件' });
  return Buffer.concat(chunks);
}

@Controller('import')
@UseFilters(HttpAppErrorFilter)
export class ImportController {
  constructor(private readonly imports: ProjectImportService) {}

  /**
   * 导入项目: STAFF and ADMIN, within their scope. 200 with the count when every row was
   * created; 400 with { rows: [{ row, column, message }] } and nothing written otherwise.
   */
  @Post('projects.xlsx')
  @HttpCode(200)
  async projects(
    @CurrentUser() user: User,
    @Req() request: Request,
  ): Promise<{ created: number; codes: string[] }> {
    return this.imports.import(user, await fileBody(request));
  }
}
