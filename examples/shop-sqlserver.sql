-- A small SQL Server shop schema as SSMS "Generate Scripts" writes it; convert it with
--   bin/schemashift convert --from sqlserver --to postgresql -o out/shop-mss examples/shop-sqlserver.sql
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
EXEC sp_addtype Code, 'varchar(10)', 'NOT NULL'
GO
CREATE RULE r_code AS @c LIKE '[A-Z][A-Z]%'
GO
EXEC sp_bindrule 'r_code', 'Code'
GO
IF OBJECT_ID(N'[dbo].[Customer]', N'U') IS NULL
CREATE TABLE [dbo].[Customer](
    [CustomerId] [int] IDENTITY(1,1) NOT NULL,
    [Name] [nvarchar](100) NOT NULL,
    [Email] [nvarchar](200) NULL,
    [Created] [datetime] NOT NULL CONSTRAINT [DF_Customer_Created] DEFAULT (getdate()),
 CONSTRAINT [PK_Customer] PRIMARY KEY CLUSTERED ([CustomerId] ASC) ON [PRIMARY]
) ON [PRIMARY]
GO
CREATE TABLE [dbo].[Product](
    [ProductId] [int] IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [Sku] [dbo].[Code],
    [Price] [money] NOT NULL,
    [Discontinued] [bit] NOT NULL DEFAULT ((0))
)
GO
CREATE TABLE [dbo].[OrderLine](
    [CustomerId] [int] NOT NULL,
    [ProductId] [int] NOT NULL,
    [Qty] [smallint] NOT NULL,
    [LineTotal] AS ([Qty] * 1.0) PERSISTED,
    CONSTRAINT [CK_OrderLine_Qty] CHECK ([Qty] > 0)
)
GO
ALTER TABLE [dbo].[OrderLine] WITH CHECK ADD CONSTRAINT [FK_OrderLine_Customer] FOREIGN KEY([CustomerId])
REFERENCES [dbo].[Customer] ([CustomerId]) ON DELETE CASCADE
GO
CREATE NONCLUSTERED INDEX [IX_Customer_Email] ON [dbo].[Customer] ([Email]) WHERE ([Email] IS NOT NULL)
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Who buys' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Customer'
GO
CREATE VIEW [dbo].[ActiveProducts] AS
SELECT TOP 100 PERCENT p.ProductId, Label = p.Sku + N' ' + CONVERT(varchar(20), p.Price)
FROM dbo.Product p WITH (NOLOCK) WHERE p.Discontinued = 0 ORDER BY p.ProductId
GO
CREATE PROCEDURE [dbo].[AddCustomer] @Name nvarchar(100) AS
BEGIN
    INSERT INTO dbo.Customer (Name) VALUES (@Name)
END
GO
